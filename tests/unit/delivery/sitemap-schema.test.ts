/**
 * The sitemap builder's output against the sitemaps.org schema (xmllint, tests/support/xml-schema.ts),
 * and the validator itself refusing what the schema forbids, so a pass means something.
 */
import { buildSitemap } from '../../../src/delivery/feeds.js'
import { sitemapErrors } from '../../support/xml-schema.js'

const alternates = [
  { hreflang: 'zh-Hans', href: 'https://example.org/articles/a' },
  { hreflang: 'zh-Hant-TW', href: 'https://example.org/articles/a?script=hant-tw' },
  { hreflang: 'x-default', href: 'https://example.org/articles/a' },
]

test('a sitemap with hreflang alternates is valid', async () => {
  const xml = buildSitemap([
    { loc: 'https://example.org/articles/a', lastmod: '2024-10-09T07:33:45.000Z', alternates },
    { loc: 'https://example.org/articles/a?script=hant-tw', lastmod: '2024-10-09', alternates },
  ])
  expect(await sitemapErrors(xml)).toEqual([])
})

test('the validator refuses what the schema forbids', async () => {
  const valid = buildSitemap([{ loc: 'https://example.org/articles/a', alternates }])
  const badDate = valid.replace('</loc>', '</loc><lastmod>yesterday</lastmod>')
  expect((await sitemapErrors(badDate)).join('\n')).toMatch(/lastmod/)
  const unknownElement = valid.replace('</loc>', '</loc><priority>2</priority>')
  expect((await sitemapErrors(unknownElement)).join('\n')).toMatch(/priority/)
  const badLink = valid.replace('rel="alternate"', 'rel="canonical"')
  expect((await sitemapErrors(badLink)).join('\n')).toMatch(/rel/)
})
