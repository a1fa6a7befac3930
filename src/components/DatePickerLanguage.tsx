'use client'
import type { ReactNode } from 'react'
import { registerLocale, setDefaultLocale } from 'react-datepicker'
import { useTranslation } from '@payloadcms/ui'

/** react-datepicker's names for the admin languages (as Payload's own getFormattedLocale). */
const PICKER_LOCALES: Record<string, string> = { zh: 'zhCN', en: 'enUS' }

/**
 * Payload's date picker registers the admin language with react-datepicker in an effect, after
 * its first render, and nothing renders it again: the Chinese admin's date inputs read
 * "December 1st, 2026". This provider, around the whole admin, registers it before any field
 * renders. Registration is global and idempotent, so doing it during render is safe.
 */
export function DatePickerLanguage({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation()
  const name = PICKER_LOCALES[i18n.language] ?? i18n.language
  if (i18n.dateFNS) {
    registerLocale(name, i18n.dateFNS)
    setDefaultLocale(name)
  }
  return children
}
