import { convertDeep, convertForScript, type Script } from '../script.js'
import type { LexicalState } from '../lexical-html.js'

// Documents are read with locale 'all': every localized field arrives as { 'zh-Hans': …, 'zh-Hant': … }.

type LocaleMap<T> = { 'zh-Hans'?: T | null; 'zh-Hant'?: T | null }

function isLocaleMap(value: unknown): value is LocaleMap<unknown> {
  return (
    !!value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    ('zh-Hans' in value || 'zh-Hant' in value)
  )
}

function present(value: unknown): boolean {
  if (value === null || value === undefined) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (isLexical(value)) return (value.root.children ?? []).length > 0
  return true
}

function isLexical(value: unknown): value is LexicalState {
  return !!value && typeof value === 'object' && !!(value as LexicalState).root
}

/** The stored value for a script: the edited zh-Hant when a Traditional script is asked for and one exists. */
export function localizedValue<T>(
  value: unknown,
  script: Script,
): { value: T | undefined; edited: boolean } {
  if (!isLocaleMap(value)) return { value: (value ?? undefined) as T | undefined, edited: false }
  const hans = value['zh-Hans']
  const hant = value['zh-Hant']
  if (script !== 'hans' && present(hant)) return { value: hant as T, edited: true }
  return {
    value: (present(hans) ? hans : present(hant) ? hant : undefined) as T | undefined,
    edited: false,
  }
}

/** Prose for a script: edited zh-Hant as written, otherwise OpenCC conversion (never vocabulary rewriting). */
export function textFor(value: unknown, script: Script): string {
  const { value: text, edited } = localizedValue<string>(value, script)
  if (typeof text !== 'string') return ''
  return edited ? text : convertForScript(text, script)
}

export function optionalTextFor(value: unknown, script: Script): string | undefined {
  return textFor(value, script) || undefined
}

/** A list of strings (not localized, e.g. aliases or tags) in a script. */
export function textsFor(values: unknown, script: Script): string[] {
  if (!Array.isArray(values)) return []
  return values
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    .map((v) => convertForScript(v.trim(), script))
}

/** A Lexical body for a script, and whether its rendered output still needs converting. */
export function richTextFor(
  value: unknown,
  script: Script,
): { state: LexicalState | undefined; needsConversion: boolean } {
  const { value: state, edited } = localizedValue<LexicalState>(value, script)
  return { state: isLexical(state) ? state : undefined, needsConversion: !edited }
}

/** Deep conversion of a small structure already in zh-Hans (e.g. block fields). */
export function convertStructure<T>(value: T, script: Script): T {
  return convertDeep(value, script)
}
