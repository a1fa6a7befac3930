/**
 * Who a byline credits, for structured data: people with their roles, or an organisation.
 * "本报记者 张三" is a reporter named 张三 (本报 is the publisher itself); "新华社记者 张三 李四" two
 * reporters of 新华社; "国家安全部有关负责人" and "国家安全部" name no person, only an organisation.
 * The role words are the importer's (src/ingest/attribution.ts), so a byline the importer wrote
 * is read back the way it was found.
 */
import { OTHER_ROLE, PLACEHOLDER, REPORTER_ROLE } from '../ingest/attribution.js'

export interface CreditedPerson {
  name: string
  /** The role as written: 记者, 特约评论员, 通讯员, 摄影… */
  role?: string
}

export interface BylineCredits {
  people: CreditedPerson[]
  /** The organisation the byline names (新华社, 国家安全部), when it names one other than the publisher. */
  organisation?: string
}

const ROLES = new RegExp(`(${REPORTER_ROLE.source}|${OTHER_ROLE.source})`, 'u')
const SPLIT_ROLES = new RegExp(ROLES.source, 'gu')
/** "文/", "作者：", "撰稿：" before the credit. */
const LEAD = /^\s*(?:文|作者|撰文|撰稿|来源|來源)\s*[:：/|｜]\s*/u
/** A name: two to eight Han characters (a middle dot in transliterated names). */
const NAME = /^[\p{Script=Han}·]{2,8}$/u
/** Words that make a byline an organisation's or an office's, not a person's. */
const ORGANISATION_END =
  /(?:部|局|厅|廳|委|院|办|辦|署|会|會|社|网|網|报|報|台|刊|中心|[办辦]公室|政府|大学|大學|学校|學校|公安|检察|檢察|法院|机关|機關|军|軍|队|隊|所|站|处|處|科|组|組|馆|館|协会|協會)$/u
const OFFICE_TITLE = /(?:有关负责人|有關負責人|负责人|負責人|新闻发言人|新聞發言人|发言人|發言人)$/u
const SEPARATORS = /[\s、，,;；]+/u

function organisationOf(text: string): string | undefined {
  const name = text.replace(OFFICE_TITLE, '').trim()
  if (!name || PLACEHOLDER.test(name)) return undefined
  return name
}

export function bylineCredits(byline: string | undefined | null): BylineCredits {
  const text = (byline ?? '').replace(LEAD, '').trim()
  if (!text) return { people: [] }
  const parts = text.split(SPLIT_ROLES)
  if (parts.length > 1) {
    const people: CreditedPerson[] = []
    for (let i = 1; i < parts.length; i += 2) {
      const role = parts[i]
      for (const token of (parts[i + 1] ?? '').split(SEPARATORS))
        if (NAME.test(token) && !PLACEHOLDER.test(token)) people.push({ name: token, role })
    }
    return { people, organisation: organisationOf(parts[0] ?? '') }
  }
  const tokens = text.split(SEPARATORS).filter(Boolean)
  const allNames = tokens.every(
    (token) =>
      NAME.test(token) &&
      [...token].length <= 4 &&
      !ORGANISATION_END.test(token) &&
      !OFFICE_TITLE.test(token) &&
      !PLACEHOLDER.test(token),
  )
  if (allNames) return { people: tokens.map((name) => ({ name })) }
  return { people: [], organisation: organisationOf(text) }
}
