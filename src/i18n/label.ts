/** A label in both admin languages. */
export const label = (en: string, zh: string): Record<'en' | 'zh', string> => ({ en, zh })
