import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { sourceAdmins } from '../src/access/sources.js'
import { ADMIN_GROUPS, label } from '../src/i18n/label.js'
import { mediaRoot } from '../src/paths.js'

/** Permission letters and licences behind a Source's rights status. Never public. */
export const EvidenceFiles: CollectionConfig = {
  slug: 'evidence-files',
  labels: {
    singular: label('Rights evidence', '授权凭证'),
    plural: label('Rights evidence', '授权凭证'),
  },
  admin: { group: ADMIN_GROUPS.provenance, useAsTitle: 'filename' },
  access: { read: sourceAdmins, create: sourceAdmins, update: sourceAdmins, delete: sourceAdmins },
  upload: {
    staticDir: path.join(mediaRoot, 'evidence'),
    mimeTypes: ['application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'text/plain'],
  },
  fields: [{ name: 'note', type: 'text', label: label('Note', '备注') }],
}
