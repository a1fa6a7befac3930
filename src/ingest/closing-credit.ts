/**
 * A writer's credit in brackets closing the text's last paragraph, the name set with a space
 * inside as papers set a one- or two-character name to a column's width: "…制度化和常態化。(繆 文)"
 * (r-10). The space is the evidence it is a name, not an aside: "(完)", "(图文)" and "(见下)" have none.
 */
const SPACED_CREDIT = /[(（]\s*(\p{Script=Han}{1,2})[ \u3000]+(\p{Script=Han}{1,2})\s*[)）]$/u

/** The writer the text's closing bracketed credit names, spaces dropped, or null. */
export function closingCredit(text: string): string | null {
  const last = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .at(-1)
  const match = last ? SPACED_CREDIT.exec(last) : null
  return match ? `${match[1]}${match[2]}` : null
}
