// Lexical states built from the real seed documents (the node builders are tests/support/lexical.ts).
import {
  heading,
  paragraph,
  qaPair,
  root,
  text,
  type LexicalNode,
  type LexicalState,
} from '../../support/lexical.js'

import { readSeed } from '../../support/seeds.js'

export * from '../../support/lexical.js'
export { readSeed }

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
    else children.push(heading(section.title), ...section.paragraphs.map((p) => paragraph(text(p))))
  }
  return root(...children)
}
