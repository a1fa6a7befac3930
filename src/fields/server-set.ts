import type { FieldBase } from 'payload'
import { nobodyField, staffField } from '../access/content.js'

/** A field only server code (hooks, jobs) writes: staff read it, no API call sets it. */
export const serverSetAccess: FieldBase['access'] = {
  read: staffField,
  create: nobodyField,
  update: nobodyField,
}

/** How the admin shows such a field: read-only, in the sidebar. */
export const serverSetAdmin = { position: 'sidebar', readOnly: true } satisfies FieldBase['admin']
