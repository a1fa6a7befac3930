import { useSyncExternalStore } from 'react'

const never = () => () => undefined

/**
 * False while the server renders and the browser hydrates, true after: what depends on the
 * browser's time zone (which day an entry falls on, a formatted time) renders only then, so the
 * server's zone never shows and hydration never mismatches.
 */
export const useInBrowser = (): boolean =>
  useSyncExternalStore(
    never,
    () => true,
    () => false,
  )
