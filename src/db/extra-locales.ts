/**
 * Writes a new document's localized fields in more than one locale at once.
 *
 * Payload creates and updates one locale per operation (writing several is an open feature
 * request, payloadcms/payload#14077), so storing an imported Traditional original next to its
 * Simplified text took a full second operation per draft (a read, a new version, hooks): 7% of a
 * large import. Instead, `createWithLocales` hands the other locale's values to the database
 * adapter, which adds them to the create Payload has prepared — where every localized field is
 * already a `{ locale: value }` map, whatever the adapter. The version Payload saves next is made
 * from the stored document, so it holds both locales too.
 *
 * The added values skip field hooks and validation: meant for plain text and rich text built by
 * the server (the importer), not for user input.
 */
import type { CollectionSlug, DatabaseAdapterObj, Payload, PayloadRequest } from 'payload'

export type LocaleValues = Record<string, Record<string, unknown>>

interface Pending {
  collection: string
  locales: LocaleValues
}

const pending = new WeakMap<object, Pending>()

type CreateArgs = Parameters<Payload['create']>[0] & { req: PayloadRequest }

/**
 * `payload.create(args)` (in `args.locale`), with the top-level localized fields in `locales`
 * (e.g. `{ 'zh-Hant': { title: '…' } }`) stored in the same write. Needs `req`, and the adapter
 * wrapped by `withExtraLocales`.
 */
export async function createWithLocales<T extends CreateArgs>(
  payload: Payload,
  args: T,
  locales: LocaleValues | null,
): Promise<Awaited<ReturnType<Payload['create']>>> {
  if (!locales || Object.keys(locales).length === 0) return payload.create(args)
  const localized = localizedFieldNames(payload, args.collection)
  for (const [locale, values] of Object.entries(locales)) {
    const unknown = Object.keys(values).filter((name) => !localized.has(name))
    if (unknown.length)
      throw new Error(
        `${args.collection}: ${unknown.join(', ')} cannot be written in ${locale} (not a top-level localized field)`,
      )
  }
  if (!(MARK in payload.db))
    throw new Error('createWithLocales needs the database adapter wrapped by withExtraLocales')
  pending.set(args.req, { collection: args.collection, locales })
  try {
    return await payload.create(args)
  } finally {
    pending.delete(args.req)
  }
}

function localizedFieldNames(payload: Payload, collection: CollectionSlug): Set<string> {
  const fields = payload.collections[collection]?.config.flattenedFields ?? []
  return new Set(
    fields.filter((field) => 'localized' in field && field.localized).map((field) => field.name),
  )
}

const MARK = Symbol.for('guoan.extraLocales')

function addLocales(data: Record<string, unknown>, locales: LocaleValues): void {
  for (const [locale, values] of Object.entries(locales)) {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) continue
      const current = data[name]
      data[name] = {
        ...(current && typeof current === 'object' && !Array.isArray(current) ? current : {}),
        [locale]: value,
      }
    }
  }
}

/** Wraps the adapter's `create` so that `createWithLocales` can add other locales to a create. */
export function withExtraLocales(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const create = db.create.bind(db)
      db.create = (createArgs) => {
        const { req } = createArgs
        const extra = req ? pending.get(req) : undefined
        if (req && extra && extra.collection === createArgs.collection) {
          // Once: a hook of this create may create another document of the same collection.
          pending.delete(req)
          addLocales(createArgs.data, extra.locales)
        }
        return create(createArgs)
      }
      // The mark tells createWithLocales that this adapter adds the pending locales.
      return Object.assign(db, { [MARK]: true })
    },
  }
}
