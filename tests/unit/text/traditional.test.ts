/**
 * toTraditional shares one segmentation and one Simplified→Traditional trie between Taiwan and
 * Hong Kong output (src/text/normalize.ts); its output must stay exactly opencc-js's own s2tw and
 * s2hk. Compared on every page of the import corpus and the seed documents.
 */
import fs from 'node:fs'
import path from 'node:path'
import * as OpenCC from 'opencc-js'
import { toTraditional } from '../../../src/text/normalize.js'

const fixtures = path.resolve('tests/fixtures')
const texts = ['pages', 'seeds'].flatMap((folder) =>
  fs
    .readdirSync(path.join(fixtures, folder))
    .filter((name) => /\.(txt|html)$/.test(name))
    .map((name) => [name, fs.readFileSync(path.join(fixtures, folder, name), 'utf8')] as const),
)

test('the corpus is there to compare on', () => {
  expect(texts.length).toBeGreaterThan(100)
})

test.each([
  ['tw', OpenCC.Converter({ from: 'cn', to: 'tw' })],
  ['hk', OpenCC.Converter({ from: 'cn', to: 'hk' })],
] as const)('%s: identical to opencc-js on every corpus page', (variant, reference) => {
  const differing = texts
    .filter(([, text]) => toTraditional(text, variant) !== reference(text))
    .map(([name]) => name)
  expect(differing).toEqual([])
})

test('regional forms differ where OpenCC says they do', () => {
  // 着 → 著 / 着, 户 → 戶 / 户, 里 → 裡 / 裏 (Taiwan / Hong Kong standard forms).
  expect(toTraditional('看着窗户里', 'tw')).toBe('看著窗戶裡')
  expect(toTraditional('看着窗户里', 'hk')).toBe('看着窗户裏')
})
