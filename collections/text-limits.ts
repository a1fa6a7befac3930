import {
  ValidationError,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type Field,
  type PayloadRequest,
} from 'payload'

interface TooLong {
  path: string
  maxLength: number
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The strings of a text value: one, several (hasMany) or one per locale (`locale=all`). */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsOf)
  if (isRecord(value)) return Object.values(value).filter((v) => typeof v === 'string')
  return []
}

function rowsOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : []
}

function findTooLong(fields: Field[], data: unknown, prefix: string, fallback: number): TooLong[] {
  if (!isRecord(data)) return []
  const found: TooLong[] = []
  const at = (name: string) => (prefix ? `${prefix}.${name}` : name)
  for (const field of fields) {
    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'code': {
        const maxLength = field.maxLength ?? fallback
        if (stringsOf(data[field.name]).some((s) => s.length > maxLength))
          found.push({ path: at(field.name), maxLength })
        break
      }
      case 'group':
        if ('name' in field && field.name)
          found.push(...findTooLong(field.fields, data[field.name], at(field.name), fallback))
        else found.push(...findTooLong(field.fields, data, prefix, fallback))
        break
      case 'row':
      case 'collapsible':
        found.push(...findTooLong(field.fields, data, prefix, fallback))
        break
      case 'tabs':
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name)
            found.push(...findTooLong(tab.fields, data[tab.name], at(tab.name), fallback))
          else found.push(...findTooLong(tab.fields, data, prefix, fallback))
        }
        break
      case 'array':
        rowsOf(data[field.name]).forEach((row, i) =>
          found.push(...findTooLong(field.fields, row, at(`${field.name}.${i}`), fallback)),
        )
        break
      case 'blocks':
        rowsOf(data[field.name]).forEach((row, i) => {
          const block = field.blocks.find((b) => b.slug === row.blockType)
          if (block)
            found.push(...findTooLong(block.fields, row, at(`${field.name}.${i}`), fallback))
        })
        break
      default:
        break
    }
  }
  return found
}

function refuseTooLongText(fields: Field[], slug: string): CollectionBeforeOperationHook {
  return ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return
    const data: unknown = 'data' in args ? args.data : undefined
    const fallback = req.payload.config.defaultMaxTextLength ?? 40000
    const tooLong = findTooLong(fields, data, '', fallback)
    if (tooLong.length === 0) return
    throw new ValidationError(
      {
        collection: slug,
        errors: tooLong.map((e) => ({ path: e.path, message: message(req, e) })),
      },
      req.t,
    )
  }
}

function message(req: PayloadRequest, { maxLength }: TooLong): string {
  return req.t('validation:shorterThanMax', { label: req.t('general:value'), maxLength })
}

/**
 * Payload skips field validation on draft saves, `maxLength` included, so one autosave could
 * store (and make every later step chew on) a megabyte-long title. Collections with drafts check
 * the lengths of their text fields before the operation starts, on every save.
 */
export function withDraftTextLimits(collection: CollectionConfig): CollectionConfig {
  const versions = collection.versions
  if (!versions || typeof versions !== 'object' || !versions.drafts) return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: [
        refuseTooLongText(collection.fields, collection.slug),
        ...(hooks.beforeOperation ?? []),
      ],
    },
  }
}
