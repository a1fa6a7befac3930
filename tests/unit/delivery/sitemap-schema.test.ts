/**
 * The sitemap builder's output against the sitemaps.org schema (xmllint, tests/support/xml-schema.ts),
 * and the validator itself refusing what the schema forbids, so a pass means something.
 */
import { buildSitemap, buildSitemapIndex, sitemapMaxUrls } from '../../../src/delivery/feeds.js'
import { sitemapErrors, sitemapIndexErrors } from '../../support/xml-schema.js'

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

test('a sitemap index is valid against the sitemaps.org index schema', async () => {
  const index = buildSitemapIndex([
    {
      loc: 'https://cms.example.org/sitemap.xml?page=1',
      lastmod: new Date('2024-10-09T00:00:00Z'),
    },
    { loc: 'https://cms.example.org/sitemap.xml?page=2' },
  ])
  expect(await sitemapIndexErrors(index)).toEqual([])
  expect((await sitemapIndexErrors(index.replace('<loc>', '<url>'))).length).toBeGreaterThan(0)
})

test('SITEMAP_MAX_URLS is the protocol’s 50,000 at most', () => {
  expect(sitemapMaxUrls({})).toBe(50_000)
  expect(sitemapMaxUrls({ SITEMAP_MAX_URLS: '3' })).toBe(3)
  expect(() => sitemapMaxUrls({ SITEMAP_MAX_URLS: '60000' })).toThrow(/from 1 to 50000/)
})
