import { convertDeep, convertForScript, type Script } from '../script.js'
import type { LexicalState } from '../lexical-html.js'
import type { LocaleMap } from './types.js'

// Documents are read with locale 'all': every localized field arrives as { 'zh-Hans': …, 'zh-Hant': … }.
// A field that is not localized (e.g. a glossary term's `term`) arrives as the value itself.
type Localizable<T> = T | LocaleMap<T> | null | undefined

function isLocaleMap<T>(value: Localizable<T>): value is LocaleMap<T> {
  return (
    !!value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    ('zh-Hans' in value || 'zh-Hant' in value)
  )
}

function present<T>(value: T | null | undefined): value is T {
  if (value === null || value === undefined) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (isLexical(value)) return (value.root.children ?? []).length > 0
  return true
}

function isLexical(value: unknown): value is LexicalState {
  return !!value && typeof value === 'object' && 'root' in value && !!value.root
}

/** The stored value for a script: the edited zh-Hant when a Traditional script is asked for and one exists. */
export function localizedValue<T>(
  value: Localizable<T>,
  script: Script,
): { value: T | undefined; edited: boolean } {
  if (!isLocaleMap(value)) return { value: value ?? undefined, edited: false }
  const hans = value['zh-Hans']
  const hant = value['zh-Hant']
  if (script !== 'hans' && present(hant)) return { value: hant, edited: true }
  return { value: present(hans) ? hans : present(hant) ? hant : undefined, edited: false }
}

/**
 * Prose for a script: the edited zh-Hant when there is one (its vocabulary kept), otherwise zh-Hans;
 * either goes through OpenCC's character conversion (never vocabulary rewriting). Stored zh-Hant is
 * normalised too: a badly converted Traditional original carries Simplified characters (后, 并, 關系)
 * and Taiwan forms that Hong Kong readers should not get; the Source keeps the raw original.
 */
export function textFor(value: Localizable<string>, script: Script): string {
  const { value: text } = localizedValue(value, script)
  if (typeof text !== 'string') return ''
  return convertForScript(text, script)
}

export function optionalTextFor(value: Localizable<string>, script: Script): string | undefined {
  return textFor(value, script) || undefined
}

/** A list of strings (not localized, e.g. aliases or tags) in a script. */
export function textsFor(values: unknown, script: Script): string[] {
  if (!Array.isArray(values)) return []
  return values
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    .map((v) => convertForScript(v.trim(), script))
}

/**
 * A Lexical body for a script, and whether its rendered output still needs converting: always, since
 * an edited zh-Hant body is normalised like any other text (see textFor).
 */
export function richTextFor(
  value: Localizable<LexicalState>,
  script: Script,
): { state: LexicalState | undefined; needsConversion: boolean } {
  const { value: state } = localizedValue(value, script)
  return { state: isLexical(state) ? state : undefined, needsConversion: true }
}

/** Deep conversion of a small structure already in zh-Hans (e.g. block fields). */
export function convertStructure<T>(value: T, script: Script): T {
  return convertDeep(value, script)
}
