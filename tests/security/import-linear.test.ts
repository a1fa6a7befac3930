/**
 * Issue 17 item 2: the stages made linear still read documents as before. (Their growth is
 * measured by `npm run bench:hostile`, not here: no elapsed time is asserted.)
 */
import { summaryOf } from '../../src/ingest/drafts.js'
import { htmlToText, limitNesting, MAX_NESTING } from '../../src/ingest/html.js'

/** summaryOf as it was: the regex that was quadratic on a paragraph without 。！？. */
function summaryByRegex(text: string): string | null {
  const firstParagraph = text.trim().split(/\n+/)[0] ?? ''
  if (firstParagraph.length <= 128) return firstParagraph || null
  const sentences = firstParagraph.match(/[^。！？!?]+[。！？!?]+/g) ?? []
  let summary = ''
  for (const sentence of sentences) {
    if (summary.length + sentence.length > 128) break
    summary += sentence
  }
  return summary || null
}

test('summaryOf reads the same sentences as the regex it replaces', () => {
  const pieces = [
    '国家安全',
    '人人有责',
    '。',
    '！',
    '？',
    '!',
    '?',
    '，',
    ' ',
    '\n',
    'abc',
    '。。',
  ]
  let seed = 17
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647
  for (let sample = 0; sample < 400; sample++) {
    let text = ''
    const length = Math.floor(random() * 120)
    for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)]
    expect(summaryOf(text)).toBe(summaryByRegex(text))
  }
  expect(summaryOf('国家安全人人有责，'.repeat(100_000))).toBeNull()
})

test('deep nesting loses its tags beyond MAX_NESTING, keeps its text; shallow pages are untouched', () => {
  const page =
    '<html><body><div class="a"><p>第一段。</p><script>var s = "<div>"</script></div></body></html>'
  expect(limitNesting(page)).toBe(page)
  const depth = 2000
  const nested = `<html><body>${'<blockquote>层'.repeat(depth)}最后一段。${'</blockquote>'.repeat(depth)}</body></html>`
  const limited = limitNesting(nested)
  expect(limited.split('<blockquote>').length - 1).toBe(MAX_NESTING)
  expect(limited.split('</blockquote>').length - 1).toBe(MAX_NESTING)
  expect(limited.replace(/<[^>]+>/g, '')).toBe(nested.replace(/<[^>]+>/g, ''))
  expect(htmlToText(nested)).toContain('最后一段。')
})
