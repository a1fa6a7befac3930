// Replaced by `npm run migrate:create`, which lists every committed migration here.
export const migrations = []
