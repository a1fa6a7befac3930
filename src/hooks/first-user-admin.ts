import type { CollectionBeforeChangeHook } from 'payload'

/** The first account ever created runs the newsroom: it becomes an admin. */
export const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const existing = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (existing.totalDocs === 0) {
    const roles = new Set<string>(Array.isArray(data.roles) ? data.roles : [])
    roles.add('admin')
    return { ...data, roles: [...roles] }
  }
  return data
}
