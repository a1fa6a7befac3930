import type { Request } from 'express'
import type { PayloadRequest } from 'payload'

/** The message in the given UI language: Chinese for `zh`, English otherwise. */
export function messageIn(language: string | undefined, en: string, zh: string): string {
  return language === 'zh' ? zh : en
}

/** Picks the message in the language of the request (admin UI language or Accept-Language). */
export function message(
  req: Pick<PayloadRequest, 'i18n'> | undefined,
  en: string,
  zh: string,
): string {
  return messageIn(req?.i18n?.language, en, zh)
}

/**
 * The language an Express request's Accept-Language prefers of ours, by Express's own negotiation
 * (q-values, zh-CN/zh-TW matching zh); English when it names neither.
 */
export function acceptedLanguage(req: Pick<Request, 'acceptsLanguages'>): 'en' | 'zh' {
  return req.acceptsLanguages('en', 'zh') === 'zh' ? 'zh' : 'en'
}
