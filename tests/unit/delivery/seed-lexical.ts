// Builds Lexical states the way the editor stores them, from the real seed documents.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { LexicalNode, LexicalState } from '../../../src/delivery/lexical-html.js'

const SEEDS = fileURLToPath(new URL('../../fixtures/seeds/', import.meta.url))

export function readSeed(name: string): string {
  return readFileSync(SEEDS + name, 'utf8')
}

export const text = (value: string, format = 0): LexicalNode => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
export const paragraph = (...children: LexicalNode[]): LexicalNode => ({
  type: 'paragraph',
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
})
export const heading = (tag: string, value: string): LexicalNode => ({
  type: 'heading',
  tag,
  children: [text(value)],
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
})
export const link = (url: string, value: string, newTab = false): LexicalNode => ({
  type: 'link',
  fields: { url, newTab, linkType: 'custom' },
  children: [text(value)],
  version: 3,
})
export const listItem = (...children: LexicalNode[]): LexicalNode => ({
  type: 'listitem',
  children,
  value: 1,
  version: 1,
})
export const list = (listType: 'bullet' | 'number', ...items: LexicalNode[]): LexicalNode => ({
  type: 'list',
  listType,
  tag: listType === 'number' ? 'ol' : 'ul',
  start: 1,
  children: items,
  version: 1,
})
export const qaPair = (id: string, question: string, answer: string): LexicalNode => ({
  type: 'block',
  fields: { blockType: 'qaPair', id, question, answer },
  version: 2,
})
export const callout = (id: string, tone: string, body: string, title?: string): LexicalNode => ({
  type: 'block',
  fields: { blockType: 'callout', id, tone, title, body },
  version: 2,
})
export const citation = (id: string, source: unknown, locator?: string): LexicalNode => ({
  type: 'inlineBlock',
  fields: { blockType: 'citation', id, source, locator },
  version: 1,
})
export const glossaryMark = (id: string, term: unknown, value: string): LexicalNode => ({
  type: 'inlineBlock',
  fields: { blockType: 'glossaryMark', id, term, text: value },
  version: 1,
})
export const root = (...children: LexicalNode[]): LexicalState => ({
  root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 },
})

const SECTION = /^([一二三四五六七八九十]+)、(.+)$/

export interface SeedSection {
  number: string
  title: string
  paragraphs: string[]
}

/** Seed 000 split into its numbered sections (一 … 十八), paragraphs trimmed. */
export function seed000Sections(): { title: string; intro: string; sections: SeedSection[] } {
  const lines = readSeed('000_7ff0f28b814cf2d6.txt')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  const [title, intro] = lines as [string, string]
  const sections: SeedSection[] = []
  for (const line of lines.slice(2)) {
    const match = SECTION.exec(line)
    if (match) sections.push({ number: match[1]!, title: match[2]!, paragraphs: [] })
    else sections.at(-1)?.paragraphs.push(line)
  }
  return { title, intro, sections }
}

const isQuestion = (title: string) => /什么|哪些|为什么|怎样|含义|[?？]$/.test(title)

/** Seed 000 as an editor would structure it: question sections as Q&A blocks, the others as h2 + paragraphs. */
export function seed000Document(sectionCount = 18): LexicalState {
  const { intro, sections } = seed000Sections()
  const children: LexicalNode[] = [paragraph(text(intro))]
  for (const section of sections.slice(0, sectionCount)) {
    if (isQuestion(section.title))
      children.push(qaPair(`qa-${section.number}`, section.title, section.paragraphs.join('\n')))
    else
      children.push(
        heading('h2', section.title),
        ...section.paragraphs.map((p) => paragraph(text(p))),
      )
  }
  return root(...children)
}
