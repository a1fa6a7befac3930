/**
 * A writer's credit in brackets closing the text's last paragraph, the name set with a space
 * inside as papers set a one- or two-character name to a column's width: "…制度化和常態化。(繆 文)"
 * (r-10). The space is the evidence it is a name, not an aside: "(完)", "(图文)" and "(见下)" have none.
 */
const SPACED_CREDIT = /[(（]\s*(\p{Script=Han}{1,2})[ \u3000]+(\p{Script=Han}{1,2})\s*[)）]$/u

/**
 * A correspondent's credit in brackets closing the text: "(通讯员  吴亚闪  供稿)", "（记者 张三 报道）"
 * (s-10). The role word before the name and the verb of giving the copy after it are the evidence;
 * the name may be padded with spaces on either side, as school sites set it.
 */
const ROLE_CREDIT =
  /[(（]\s*(?:通[讯訊][员員]|记者|記者|撰稿人?)[\s\u3000]*(\p{Script=Han}{2,4}?)[\s\u3000]*(?:供稿|报道|報道|撰稿)?\s*[)）]$/u

/** The writer the text's closing bracketed credit names, spaces dropped, or null. */
export function closingCredit(text: string): string | null {
  const last = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .at(-1)
  if (!last) return null
  const role = ROLE_CREDIT.exec(last)
  if (role?.[1]) return role[1]
  const match = SPACED_CREDIT.exec(last)
  return match ? `${match[1]}${match[2]}` : null
}
