import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { relationIdOf } from '../db/ids.js'
import { message } from '../i18n/message.js'
import { workflowWrite } from '../workflow/context.js'
import { fieldValue, sameId } from '../workflow/doc-values.js'

const timeOf = (value: unknown): number | undefined => {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined
  const time = new Date(value).getTime()
  return Number.isNaN(time) ? undefined : time
}

/**
 * Optimistic concurrency for whole-document saves: a save that sends the `updatedAt` of the
 * version it was made from (as the admin form and any client that PATCHes back what it read do)
 * is refused with a 409 when someone else saved a newer version since — naming who and when —
 * instead of silently overwriting their change. A newer version of one's own (an autosave) is no
 * conflict, and a save without `updatedAt` is not checked. Server code without a user, workflow
 * transitions (which check their own compare-and-set) and version restores (whose data is the old
 * version, `updatedAt` included) are not checked either.
 */
export const refuseStaleSaves: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !req.user || workflowWrite(req.context)) return data
  if (req.context.isRestoringVersion) return data
  const base = timeOf(fieldValue(data, 'updatedAt'))
  const newest = timeOf(fieldValue(originalDoc, 'updatedAt'))
  if (base === undefined || newest === undefined || base >= newest) return data
  const editorId = relationIdOf(fieldValue(originalDoc, 'updatedBy'))
  if (editorId !== undefined && sameId(editorId, req.user.id)) return data

  const editor =
    editorId === undefined
      ? null
      : await req.payload.findByID({
          collection: 'users',
          id: editorId,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          select: { name: true },
          req,
        })
  const name = editor?.name || (editorId === undefined ? undefined : `#${editorId}`)
  const at = new Date(newest).toISOString()
  throw new APIError(
    name
      ? message(
          req,
          `Not saved: ${name} saved a newer version of this document at ${at}. Reload it and make your changes again.`,
          `未保存：${name} 于 ${at} 保存了此文档的较新版本。请重新加载后再修改。`,
        )
      : message(
          req,
          `Not saved: a newer version of this document was saved at ${at}. Reload it and make your changes again.`,
          `未保存：此文档已于 ${at} 保存了较新版本。请重新加载后再修改。`,
        ),
    409,
    { code: 'stale-version', editor: { id: editorId ?? null, name: name ?? null }, updatedAt: at },
    true,
  )
}
