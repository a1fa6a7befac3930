import * as cheerio from 'cheerio'
import {
  autoLinkGlossary,
  foldPreservingOffsets,
  type GlossaryTerm,
} from '../../../src/delivery/autolink.js'
import { renderRichText } from '../../../src/delivery/lexical-html.js'
import { pinyinInitial, slugify } from '../../../src/text/pinyin.js'
import { glossaryMark, heading, link, paragraph, root, text } from '../../support/lexical.js'
import { readSeed, seed000Document, seed000Sections } from './seed-lexical.js'
import { SEED_000_TERMS } from '../../support/seeds.js'

/** The seven terms of seed 000 section 十六 (名词术语解释), as the glossary collection would hold them. */
function seedGlossary(): GlossaryTerm[] {
  const section = seed000Sections().sections.find((s) => s.title === '名词术语解释')!
  return section.paragraphs
    .map((p) => /^\d+\.([^：]+)：(?:是指)?(.+)$/.exec(p))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => ({
      slug: slugify(m[1]!),
      term: m[1]!,
      aliases: [],
      shortDefinition: m[2]!.slice(0, 60),
    }))
}

const url = (slug: string) => `/glossary/${slug}`
const links = (html: string) => {
  const $ = cheerio.load(html, null, false)
  return $('a.term')
    .map((_, el) => ({
      slug: $(el).attr('data-term'),
      text: $(el).text(),
      parent: el.parent && 'tagName' in el.parent ? el.parent.tagName : 'root',
    }))
    .get()
}

test('the seed glossary has the seven terms EXPECTED.md lists', () => {
  expect(seedGlossary().map((t) => t.term)).toEqual(SEED_000_TERMS)
  expect(pinyinInitial('国家秘密')).toBe('G')
})

test('seed 000: each term is linked once, at its first occurrence outside headings', () => {
  const glossary = seedGlossary()
  const { html } = renderRichText(seed000Document())
  const linked = autoLinkGlossary(html, glossary, { url })
  const found = links(linked)
  expect(new Set(found.map((l) => l.slug)).size).toBe(found.length)
  const secrets = found.find((l) => l.slug === 'guo-jia-mi-mi')!
  expect(secrets).toEqual({ slug: 'guo-jia-mi-mi', text: '国家秘密', parent: 'p' })
  // The first 国家秘密 of the document is in the first answer ("国家秘密不被窃取"), not in a heading.
  const $ = cheerio.load(linked, null, false)
  expect($('a.term[data-term="guo-jia-mi-mi"]').closest('section.qa').find('h3.q').text()).toBe(
    '什么是国家安全',
  )
  expect($('a.term[data-term="guo-jia-mi-mi"]').attr('title')).toBe(
    glossary.find((t) => t.term === '国家秘密')!.shortDefinition,
  )
  expect($('a.term[data-term="guo-jia-mi-mi"]').attr('href')).toBe('/glossary/guo-jia-mi-mi')
  // Removing the links gives back exactly the delivered text.
  expect($.root().text()).toBe(cheerio.load(html, null, false).root().text())
  for (const link of found) expect(link.parent).not.toMatch(/^h\d$/)
})

test('matching ignores Simplified/Traditional and keeps the original characters (seed 004)', () => {
  const line = readSeed('004_56c83ed7d12524c2.txt')
    .split('\n')
    .find((l) => l.startsWith('恐怖主義是危害全球安全的毒瘤'))!
  const html = renderRichText(
    root(heading('恐怖主義之禍 全球安全毒瘤'), paragraph(text(line))),
  ).html
  const terms: GlossaryTerm[] = [
    {
      slug: 'kong-bu-zhu-yi',
      term: '恐怖主义',
      aliases: ['恐怖主義'],
      shortDefinition: '通过暴力、破坏、恐吓等手段制造社会恐慌的主张和行为',
    },
    {
      slug: 'kong-bu-huo-dong',
      term: '恐怖活动',
      aliases: [],
      shortDefinition: '恐怖主义性质的行为',
    },
    {
      slug: 'gong-gong-an-quan',
      term: '公共安全',
      shortDefinition: '不特定多数人的生命、健康和财产安全',
    },
  ]
  const out = links(autoLinkGlossary(html, terms, { url }))
  expect(out).toEqual([
    { slug: 'kong-bu-zhu-yi', text: '恐怖主義', parent: 'p' },
    { slug: 'gong-gong-an-quan', text: '公共安全', parent: 'p' },
  ])
})

test('longest form wins, never inside links, term marks or other terms; aliases count as the term', () => {
  const html = renderRichText(
    root(
      paragraph(
        link('https://www.12339.gov.cn/', '国家安全机关举报受理平台'),
        text('受理境外间谍组织代理人的线索。'),
      ),
      paragraph(text('间谍组织及其代理人、国家安全机关都在此列。')),
      paragraph(glossaryMark('g1', { slug: 'zi-zhu', term: '资助' }, '资助'), text('与资助行为。')),
    ),
  ).html
  const terms: GlossaryTerm[] = [
    { slug: 'jian-die-zu-zhi', term: '间谍组织', aliases: [] },
    { slug: 'jian-die-zu-zhi-dai-li-ren', term: '间谍组织代理人', aliases: ['间谍代理人'] },
    { slug: 'guo-jia-an-quan-ji-guan', term: '國家安全機關', aliases: ['安全机关'] },
    { slug: 'zi-zhu', term: '资助', aliases: [] },
  ]
  const out = links(autoLinkGlossary(html, terms, { url }))
  expect(out.map((l) => [l.slug, l.text])).toEqual([
    ['jian-die-zu-zhi-dai-li-ren', '间谍组织代理人'],
    ['jian-die-zu-zhi', '间谍组织'],
    ['guo-jia-an-quan-ji-guan', '国家安全机关'],
  ])
  const linked = autoLinkGlossary(html, terms, { url })
  expect(linked).toContain('<a href="https://www.12339.gov.cn/">国家安全机关举报受理平台</a>')
  // The editor's mark for 资助 already links that term: the later plain 资助 stays plain.
  expect(linked).toContain('与资助行为。')
})

test('Latin terms respect word boundaries and case; excluded slugs are skipped; text stays escaped', () => {
  const html = '<p>地理信息系统(GIS)与 GISAID 不同；gis &lt;数据&gt; 受保护。</p>'
  const terms = [
    { slug: 'gis', term: 'GIS', aliases: [], shortDefinition: '地理信息系统 "Geographic"' },
    { slug: 'shu-ju', term: '数据' },
  ]
  const out = autoLinkGlossary(html, terms, { url })
  expect(out).toBe(
    '<p>地理信息系统(<a class="term" href="/glossary/gis" title="地理信息系统 &quot;Geographic&quot;" data-term="gis">GIS</a>)与 GISAID 不同；gis &lt;<a class="term" href="/glossary/shu-ju" data-term="shu-ju">数据</a>&gt; 受保护。</p>',
  )
  expect(autoLinkGlossary(html, terms, { url, exclude: ['gis', 'shu-ju'] })).toBe(html)
})

test('folding keeps offsets even when phrase conversion would change the length', () => {
  const sample = '國家安全機關ＧＩＳ'
  expect(foldPreservingOffsets(sample)).toHaveLength(sample.length)
  expect(foldPreservingOffsets(sample).slice(0, 6)).toBe('国家安全机关')
})
