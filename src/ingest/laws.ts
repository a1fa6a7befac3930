import { toSimplified } from '../text/normalize.js'

const LAW =
  /《([^《》\n]{2,40}?(?:法|规定|規定|实施细则|實施細則|条例|條例|办法|辦法))》(实施细则|實施細則)?/g
const STATE_PREFIX = /^中华人民共和国/

/** Laws and regulations cited as 《…法》/《…规定》/《…实施细则》, deduplicated, in Simplified, in order of first citation. */
export function findCitedLaws(text: string): string[] {
  const seen = new Set<string>()
  const laws: string[] = []
  for (const match of text.matchAll(LAW)) {
    let name = toSimplified(match[1]).replace(STATE_PREFIX, '')
    let suffix = match[2] ? '实施细则' : ''
    // 《国家安全法实施细则》 and 《国家安全法》实施细则 are the same regulation.
    const implementing = /^(.+法)实施细则$/.exec(name)
    if (implementing) {
      name = implementing[1]
      suffix = '实施细则'
    }
    const law = `《${name}》${suffix}`
    if (seen.has(law)) continue
    seen.add(law)
    laws.push(law)
  }
  return laws
}
