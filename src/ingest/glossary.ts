import type { StructureBlock } from './structure.js'

export interface GlossaryTerm {
  term: string
  definition: string
  /** Index of the block holding the entry. */
  block: number
}

const GLOSSARY_HEADING = /名词术语|名詞術語|名词解释|名詞解釋|术语|術語|释义|釋義|词汇表|詞彙表/
const ENTRY =
  /^(?:\d{1,2}[.．、]\s*|[（(]\d{1,2}[）)]\s*)?([^：:，,。；;\n]{1,24})[：:]\s*(\S[\s\S]*)$/
const DEFINITION_ANYWHERE =
  /^(?:\d{1,2}[.．、]\s*)?([^：:，,。；;\n]{1,24})[：:]\s*((?:是指|係指|系指)[\s\S]+)$/

/**
 * Entries of glossary sections ("名词术语解释", "术语"), and `X：是指…` definitions anywhere.
 * A glossary ends at the first paragraph that is not an entry, so a following announcement is not swallowed.
 */
export function findGlossaryTerms(blocks: StructureBlock[]): GlossaryTerm[] {
  const terms: GlossaryTerm[] = []
  const taken = new Set<number>()
  blocks.forEach((block, index) => {
    if (block.type !== 'heading' || !GLOSSARY_HEADING.test(block.title)) return
    for (let i = index + 1; i < blocks.length; i++) {
      const entry = blocks[i]
      const match = entry.type === 'paragraph' ? ENTRY.exec(entry.text) : null
      if (!match) break
      terms.push({
        term: match[1].trim(),
        definition: match[2].trim(),
        block: i,
      })
      taken.add(i)
    }
  })
  blocks.forEach((block, index) => {
    if (block.type !== 'paragraph' || taken.has(index)) return
    const match = DEFINITION_ANYWHERE.exec(block.text)
    if (match)
      terms.push({
        term: match[1].trim(),
        definition: match[2].trim(),
        block: index,
      })
  })
  return terms.sort((a, b) => a.block - b.block)
}
