import type { CollectionConfig } from 'payload'
import { nobody } from '../src/access/content.js'
import { label } from '../src/i18n/label.js'

/**
 * One row per side effect that must happen once across every server instance (a workflow
 * transition from a checked state, a webhook delivery attempt, a WeChat step). The unique index on
 * `key` makes exactly one creator win; see src/workflow/claims.ts. Written by the server only.
 */
export const Claims: CollectionConfig = {
  slug: 'claims',
  labels: { singular: label('Claim', '操作占用'), plural: label('Claims', '操作占用') },
  admin: { hidden: true, useAsTitle: 'key' },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'at', type: 'date', required: true },
  ],
}
