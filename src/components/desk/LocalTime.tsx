'use client'
import type { Lang } from '../workflow/labels.js'
import { useInBrowser } from './client-only.js'
import { formatDateTime } from './dates.js'

/** A moment in the browser's time zone and the admin language; the ISO string until hydrated. */
export function LocalTime({ iso, lang }: { iso: string; lang: Lang }) {
  const inBrowser = useInBrowser()
  return <time dateTime={iso}>{inBrowser ? formatDateTime(iso, lang) : iso}</time>
}
