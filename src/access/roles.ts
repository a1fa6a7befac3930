export const ROLES = ['editor', 'reviewer', 'source-admin', 'admin'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = { roles?: unknown; collection?: string } | null | undefined

const isRole = (value: unknown): value is Role => ROLES.some((role) => role === value)

export function rolesOf(user: MaybeUser): Role[] {
  if (!user || !Array.isArray(user.roles)) return []
  return user.roles.filter(isRole)
}

export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  const own = rolesOf(user)
  return own.includes('admin') || roles.some((role) => own.includes(role))
}

/** Anyone who works in the newsroom: every role can read drafts. */
export const isStaff = (user: MaybeUser): boolean => rolesOf(user).length > 0
export const isAdmin = (user: MaybeUser): boolean => rolesOf(user).includes('admin')
export const canEditContent = (user: MaybeUser): boolean => hasRole(user, 'editor', 'reviewer')
export const canPublish = (user: MaybeUser): boolean => hasRole(user, 'reviewer')
export const canManageSources = (user: MaybeUser): boolean => hasRole(user, 'source-admin')
