/**
 * The package view's data (GET /api/workflow/packages/:importId): every item with its state, its
 * publish gate and its own flags; the document-level flags once; and for submit, approve and
 * publish, what the package action would do now — computed by the same checks the action runs
 * (./transition.ts), so the view never offers what the action then refuses.
 */
import type { PayloadRequest } from 'payload'
import { checkPublishGate } from '../gate.js'
import { loadItem, titleOf } from '../items.js'
import { stateAllows } from '../permissions.js'
import { assertStaffViewer } from '../staff-view.js'
import { documentFlags, isDocumentFlag } from './flags.js'
import { requirePackage } from './items.js'
import { checkPackageAction, PACKAGE_ACTIONS } from './transition.js'

export async function packageStatus(req: PayloadRequest, importId: string) {
  const { payload } = req
  assertStaffViewer(req)
  const pkg = await requirePackage(payload, importId, req.i18n?.language)

  const items = []
  for (const member of pkg.members) {
    const item = await loadItem(payload, member.collection, member.id)
    if (!item) continue
    const gate = await checkPublishGate(payload, member.collection, item.latest, req)
    items.push({
      collection: member.collection,
      id: String(item.id),
      title: titleOf(member.collection, item.latest) ?? null,
      state: item.state,
      live: item.live,
      // Document-level failures are listed once for the package, not under every item.
      gate: {
        ok: gate.ok,
        failures: gate.failures.filter((failure) => !documentLevel(item.latest, failure.field)),
      },
      flags: (item.latest.qualityFlags ?? [])
        .filter((flag) => !isDocumentFlag(flag.type))
        .map((flag) => ({
          type: flag.type,
          message: flag.message,
          resolved: Boolean(flag.resolved),
        })),
    })
  }

  const actions = []
  for (const action of PACKAGE_ACTIONS) {
    const open = items.some((item) => stateAllows(action, item))
    const check = open
      ? await checkPackageAction(payload, pkg, action, { user: req.user, req })
      : { checked: [], skipped: [], refusals: [] }
    actions.push({
      action,
      ready: open && check.refusals.length === 0 && check.checked.length > 0,
      pending: check.checked.length,
      skipped: check.skipped.length,
      refusals: check.refusals,
    })
  }

  const qaSet =
    pkg.qaSet === null
      ? null
      : await payload.findByID({
          collection: 'qa-sets',
          id: pkg.qaSet,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          select: { title: true, _status: true },
        })
  return {
    importId: String(pkg.importId),
    title: pkg.record.title ?? null,
    items,
    qaSet: qaSet
      ? { id: String(qaSet.id), title: qaSet.title ?? null, live: qaSet._status === 'published' }
      : null,
    documentFlags: await documentFlags(payload, pkg),
    actions,
  }
}

/** Whether a gate failure's field (`qualityFlags.N`) points at a document-level flag. */
function documentLevel(doc: { qualityFlags?: { type: string }[] | null }, field?: string): boolean {
  const match = /^qualityFlags\.(\d+)$/.exec(field ?? '')
  if (!match) return false
  return isDocumentFlag(doc.qualityFlags?.[Number(match[1])]?.type)
}
