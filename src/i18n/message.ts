import type { PayloadRequest } from 'payload'

/** Picks the message in the language of the request (admin UI language or Accept-Language). */
export function message(
  req: Pick<PayloadRequest, 'i18n'> | undefined,
  en: string,
  zh: string,
): string {
  return req?.i18n?.language === 'zh' ? zh : en
}
