import { casePatch, withCase } from '../../../src/search/case-patch.js'
import { createSearchIndex } from '../../../src/search/index.js'
import { doc } from './fixtures.js'

/** A unit keeps its text lower-cased and a patch for what snippets show (case-patch.ts). */
describe('case patches', () => {
  const restored = (display: string): string => {
    const folded = display.toLowerCase()
    return withCase(folded, casePatch(display, folded))
  }

  test('give back the text as it was written', () => {
    const texts = [
      '',
      '国家安全教育日',
      'APP',
      '手机APP收集个人信息，GPS定位与WiFi热点',
      'A',
      '开头A',
      'Z结尾',
      'ALL CAPS TEXT WITH SPACES',
      'Ǆ titlecase and 𐐀 (a capital outside the BMP) 𐐨',
      'ẞ Straße',
    ]
    for (const text of texts) expect(restored(text)).toBe(text)
  })

  test('positions past 65,535 and runs longer than one entry holds', () => {
    const long = `${'安'.repeat(70_000)}CIA${'全'.repeat(10)}FBI`
    expect(restored(long)).toBe(long)
    const shouting = 'X'.repeat(140_000)
    expect(restored(shouting)).toBe(shouting)
  })

  test('are empty when nothing changes, and small when little does', () => {
    expect(casePatch('国家安全', '国家安全')).toBe('')
    const text = `${'国家安全教育'.repeat(50)}APP`
    expect(casePatch(text, text.toLowerCase())).toHaveLength(3 + 3)
  })

  test('are empty when lowering changes the length (snippets then show the folded text)', () => {
    const display = 'İstanbul'
    const folded = display.toLowerCase()
    expect(folded.length).not.toBe(display.length)
    expect(casePatch(display, folded)).toBe('')
  })

  test('snippets show the text in its own case; any case finds it', () => {
    const index = createSearchIndex()
    index.upsert(
      doc({
        id: 1,
        title: '手机App与定位',
        body: '不要在APP中随意开启GPS定位，也不要连接来历不明的WiFi热点。',
      }),
    )
    index.upsert(doc({ id: 2, title: 'İstanbul会议', body: 'İstanbul举行的会议讨论了网络安全。' }))
    for (const query of ['gps', 'GPS', 'Gps']) {
      const [result] = index.search(query).results
      expect(result?.snippet).toBe(
        '不要在APP中随意开启<mark>GPS</mark>定位，也不要连接来历不明的WiFi热点。',
      )
    }
    expect(index.search('wifi').results[0]?.snippet).toContain('<mark>WiFi</mark>')
    // Lowering İ changes the length: the snippet shows the folded text, as before patches.
    expect(index.search('网络安全').results[0]?.snippet).toContain(
      'i̇stanbul举行的会议讨论了<mark>网络安全</mark>',
    )
  })
})
