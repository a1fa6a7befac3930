import type { StructureBlock } from './structure.js'

export interface GlossaryTerm {
  term: string
  definition: string
  /** Index of the block holding the entry (the term's heading when the definition is below it). */
  block: number
  /** One past the last block of the entry. */
  end: number
}

export interface GlossaryOptions {
  /** The document's title: a glossary title (保密名词解释) makes the whole body a glossary. */
  title?: string | null
  /** Blocks already read as Q&A or interview turns: a run of `label：text` there is not a glossary. */
  taken?: ReadonlySet<number>
}

const GLOSSARY_HEADING =
  /名词术语|名詞術語|名词解释|名詞解釋|术语|術語|释义|釋義|词汇表|詞彙表|概念|基本知识|名词|名詞/
// The marker of a list item before the term: "1.", "（1）", "-", "·", "●", "★".
const MARKER = /^(?:\d{1,2}\s*[.．、]\s*|[（(]\d{1,2}[）)]\s*|[-–·•●▪◆◇■□★☆※]\s*)/
const COLON_ENTRY = /^([^：:，,。；;！？?!\n]{1,20}?)\s*[：:]\s*(\S[\s\S]*)$/
const DASH_ENTRY = /^([^：:，,。；;！？?!—\n]{1,20}?)\s*(?:——|—|－－)\s*(\S[\s\S]*)$/
const BRACKET_ENTRY = /^【([^】\n]{1,20})】\s*[：:]?\s*(\S[\s\S]*)$/
// 指 defines (定密：指确定…) unless it opens a word of its own (指引, 指出, 指导…).
const DEFINITION_VERB = /^(?:是指|係指|系指|指的是|指(?![引出导導南挥揮标標定明示针針数數纹紋令]))/
// "“绝密”是最重要的国家秘密…": a quoted term defined by the sentence it opens.
const QUOTED_ENTRY =
  /^[“"「『]([^”"」』\n]{1,12})[”"」』]\s*(?:是指|是|指|係指|系指)\s*(\S[\s\S]*)$/
// "国家秘密载体，是指…": a term opening its own definition, no colon.
// (Each run of spaces is read once: "\s*(…)?\s*[，,]?\s*" tried every split of a long run among
// its three \s*, cubic in the run: 2,000 spaces after "1.答案" took 5 s.)
const QUOTED_DEFINITION_INSIDE =
  /(?<=[。！？；])[“"「『]([^”"」』\n]{2,12})[”"」』]\s*(?:是指|係指|系指)/
/** A paragraph about a word: "“恐怖主义”一词源于拉丁文…" (i-11) explains the quoted term. */
const WORD_ENTRY =
  /^[“"「『]([^”"」』\n]{2,12})[”"」』]\s*(?:一词|一詞|这个词|這個詞|这个名词|這個名詞|一语|一語)/
const OPENING_DEFINITION =
  /^([^，,。；;：:\s“”"「」(（]{2,12}?)\s*(?:[（(][^）)\n]{1,30}[）)]\s*)?(?:[，,]\s*)?((?:是指|係指|系指|是)[\s\S]+)$/
// A title asking for a definition: 什么是恐怖主义威胁 / 恐怖主义威胁是什么 / 何谓…
const DEFINITION_QUESTION =
  /^(?:什么是|什麼是|何谓|何謂)\s*([^?？]+)[?？]?$|^([^?？]+?)(?:是什么|是什麼)[?？]?$/
const PRONOUN = /^(?:这|這|那|其|它|此|本|该|該|上述|以上|下列)/
// Labels of discourse, metadata and exercises are followed by a colon too; they are not terms.
const NOT_TERMS =
  /^(?:结论|結論|复习抓手|複習抓手|抓手|注|注意|例如|比如|例|答|问|問|答案|解析|原因|目的|意义|意義|要求|方法|总结|總結|提示|说明|說明|备注|備註|来源|來源|作者|时间|時間|日期|编辑|編輯|责任编辑|責任編輯|记者|記者|地点|地點|主题|主題|电话|電話|地址|邮箱|郵箱|网址|網址|关键词|關鍵詞|摘要|导语|導語|按|编者按|編者按|正确答案|正確答案|参考答案|參考答案|重点|重點|难点|難點|提醒|温馨提示|溫馨提示|题目|題目|题干|題幹|(?:阅读|閱讀)?材料[一二三四五六七八九十\d]{0,3})$/
// A sentence, not a name: a verb of predication, or an ordinal label (考点一, 第二).
const SENTENCE_LIKE =
  /是|具有|包括|分为|分為|称为|稱為|叫做|叫作|如下|以下|应当|應當|可以|必须|必須|需要|属于|屬於|我们|我們|如何|怎样|怎樣|什么|什麼|哪些|(?:点|點|条|條|项|項|步|篇|章|节|節|部分|之)[一二三四五六七八九十\d]+$|的$|^第/
// What a dictionary site writes over a headword's sense: "恐怖组织 / 拼音:… / 基本解释 / 现代国际恐怖
// 主义兴起于…" (h-15). The sense does not open with the term, so no other shape finds it.
const DICTIONARY_LABEL =
  /^(?:基本|详细|詳細)?(?:解释|解釋)\s*[:：]?$|^(?:释义|釋義|词义|詞義)\s*[:：]?$/
const MIN_RUN = 3
const MIN_DEFINITION_CHARS = 6

function entryOf(text: string): { term: string; definition: string } | null {
  const unmarked = text.replace(MARKER, '')
  const match =
    BRACKET_ENTRY.exec(unmarked) ??
    COLON_ENTRY.exec(unmarked) ??
    DASH_ENTRY.exec(unmarked) ??
    QUOTED_ENTRY.exec(unmarked)
  if (!match) return null
  const term = match[1].trim()
  const definition = match[2].trim()
  if ([...term].length < 2 || NOT_TERMS.test(term) || SENTENCE_LIKE.test(term)) return null
  if (/[《》“”"]/.test(term) && !/^《[^》]+》$/.test(term)) return null
  if ([...definition].length < MIN_DEFINITION_CHARS) return null
  return { term, definition }
}

function paragraphEntry(block: StructureBlock | undefined) {
  return block?.type === 'paragraph' ? entryOf(block.text) : null
}

/** A term standing as a short numbered heading with its definition below (一、绝密 / 最重要的国家秘密…). */
function headedEntry(blocks: StructureBlock[], index: number, sectionLevel: number) {
  const block = blocks[index]
  const next = blocks[index + 1]
  if (block?.type !== 'heading' || next?.type !== 'paragraph') return null
  if (block.level <= sectionLevel) return null
  const term = block.title.replace(/[：:]$/, '')
  if ([...term].length < 2 || [...term].length > 12) return null
  if (NOT_TERMS.test(term) || SENTENCE_LIKE.test(term) || GLOSSARY_HEADING.test(term)) return null
  if (/[?？]/.test(term)) return null
  return { term, definition: next.text }
}

/** A headline naming a term, without the gloss in brackets after it: 恐怖分子(恐怖组织成员) → 恐怖分子. */
export function withoutGloss(title: string): string {
  return title.replace(/\s*[（(][^）)]*[）)]\s*$/, '').trim()
}

/** A term that opens its own definition: "国家秘密载体，是指…" (anywhere), or under a heading naming it. */
function openingDefinition(
  block: StructureBlock | undefined,
  heading: StructureBlock | undefined,
  context: { title: string; glossaryTitle: boolean; entryLabel?: boolean },
) {
  if (block?.type !== 'paragraph') return null
  if (heading?.type === 'heading') {
    const term = heading.title.replace(/[：:]$/, '')
    const rest = block.text.slice(term.length)
    if (
      block.text.startsWith(term) &&
      /^\s*(?:[，,]\s*)?(?:是指|係指|系指|是)/.test(rest) &&
      [...term].length >= 2 &&
      [...term].length <= 12 &&
      !SENTENCE_LIKE.test(term) &&
      !NOT_TERMS.test(term)
    )
      return { term, definition: block.text }
  }
  const word = WORD_ENTRY.exec(block.text)
  if (word?.[1] && !SENTENCE_LIKE.test(word[1]) && !NOT_TERMS.test(word[1]))
    return { term: word[1], definition: block.text }
  const match = OPENING_DEFINITION.exec(block.text)
  if (!match || PRONOUN.test(match[1]) || SENTENCE_LIKE.test(match[1]) || NOT_TERMS.test(match[1]))
    return null
  // Prose defines words in passing ("…是指"); it is a glossary entry when the page is about that
  // word (its title names it, 什么是恐怖主义威胁) or the page is a glossary.
  const term = match[1]
  const byVerb = /^(?:是指|係指|系指)/.test(match[2])
  const asked = DEFINITION_QUESTION.exec(context.title)
  // …or a title that is the term itself, with a gloss in brackets: 恐怖分子(恐怖组织成员).
  const askedTerm = asked ? (asked[1] ?? asked[2] ?? '').trim() : withoutGloss(context.title)
  // An entry's label heading the page, right above (概念定义 / 恐怖主义是指…, l-09), says so as a
  // glossary title does. (Only the entry's own label: a numbered section further down, 1. 国家安全的概念,
  // heads an article's section, whose prose defines in passing.)
  const glossarySection =
    context.entryLabel && heading?.type === 'heading' && GLOSSARY_HEADING.test(heading.title)
  if (
    byVerb
      ? !context.glossaryTitle && !glossarySection && !context.title.includes(term)
      : askedTerm !== term
  )
    return null
  return { term, definition: match[2] }
}

/**
 * Glossary entries in their usual shapes — `术语：定义`, `- 术语：定义`, `术语——定义`, `【术语】定义`,
 * numbered term headings with the definition below — inside glossary sections (or a glossary
 * document), `X：是指…` definitions anywhere, and runs of three or more entries without a heading.
 * A glossary ends at the first paragraph that is not an entry, so a following announcement is not
 * swallowed.
 */
export function findGlossaryTerms(
  blocks: StructureBlock[],
  options: GlossaryOptions = {},
): GlossaryTerm[] {
  const terms: GlossaryTerm[] = []
  const used = new Set<number>()
  const add = (term: string, definition: string, block: number, end: number) => {
    terms.push({ term, definition, block, end })
    for (let i = block; i < end; i++) used.add(i)
  }
  const readSection = (from: number, sectionLevel: number) => {
    for (let i = from; i < blocks.length; i++) {
      if (used.has(i)) continue
      const entry = paragraphEntry(blocks[i])
      if (entry) {
        add(entry.term, entry.definition, i, i + 1)
        continue
      }
      const headed = headedEntry(blocks, i, sectionLevel)
      if (headed) {
        add(headed.term, headed.definition, i, i + 2)
        i++
        continue
      }
      break
    }
  }
  if (options.title && GLOSSARY_HEADING.test(options.title)) readSection(0, 0)
  blocks.forEach((block, index) => {
    if (block.type === 'heading' && GLOSSARY_HEADING.test(block.title) && !used.has(index))
      readSection(index + 1, block.level)
  })
  // `X：是指…` anywhere.
  blocks.forEach((block, index) => {
    if (used.has(index)) return
    const entry = paragraphEntry(block)
    if (entry && DEFINITION_VERB.test(entry.definition))
      add(entry.term, entry.definition, index, index + 1)
  })
  // A quoted term defined after a sentence end inside a paragraph: "…防止泄露机密或秘密。“泄露国家秘密”
  // 是指违反保密法律…" (i-10). The quotes and 是指 together say it is a definition.
  blocks.forEach((block, index) => {
    if (used.has(index) || options.taken?.has(index) || block.type !== 'paragraph') return
    const inside = QUOTED_DEFINITION_INSIDE.exec(block.text)
    const term = inside?.[1]
    if (!inside || !term || SENTENCE_LIKE.test(term) || NOT_TERMS.test(term)) return
    add(term, block.text.slice(inside.index), index, index + 1)
  })
  const title = options.title ?? ''
  const context = { title, glossaryTitle: GLOSSARY_HEADING.test(title) }
  // Terms opening their own definition, under a heading naming them or on a page about them.
  blocks.forEach((block, index) => {
    if (used.has(index) || options.taken?.has(index)) return
    const headed = openingDefinition(block, blocks[index - 1], {
      ...context,
      entryLabel: index === 1 && !title,
    })
    if (headed) add(headed.term, headed.definition, index, index + 1)
  })
  // A dictionary entry: the headword is the title, and a label (基本解释) stands over its sense.
  const headword = withoutGloss(title)
  if ([...headword].length >= 2 && [...headword].length <= 12)
    blocks.forEach((block, index) => {
      const sense = blocks[index + 1]
      if (!DICTIONARY_LABEL.test(block.text) || sense?.type !== 'paragraph') return
      if (used.has(index + 1) || options.taken?.has(index + 1)) return
      if (!terms.some((entry) => entry.term === headword))
        add(headword, sense.text, index + 1, index + 2)
    })
  // Runs of entries with no glossary heading.
  for (let i = 0; i < blocks.length;) {
    let end = i
    while (
      end < blocks.length &&
      !used.has(end) &&
      !options.taken?.has(end) &&
      paragraphEntry(blocks[end])
    )
      end++
    // A run where a label recurs is a labelled list, not a glossary: a panel's speakers (黄靖：…
    // 邱震海：… 黄靖：…, i-05), a shot list (【字幕】… 【同期】… 【字幕】…, i-18). Its other labels are
    // the same column, so none of them is a term either.
    const labels = blocks.slice(i, end).map((block) => paragraphEntry(block)?.term)
    const labelRecurs = new Set(labels).size < labels.length
    if (end - i >= MIN_RUN && !labelRecurs)
      for (let j = i; j < end; j++) {
        const entry = paragraphEntry(blocks[j])
        if (entry) add(entry.term, entry.definition, j, j + 1)
      }
    i = Math.max(end, i + 1)
  }
  // A glossary names each term once: a "term" that recurs (错误观点：… 错误观点：…) is a label.
  const seen = new Map<string, number>()
  for (const entry of terms) seen.set(entry.term, (seen.get(entry.term) ?? 0) + 1)
  return terms.filter((entry) => seen.get(entry.term) === 1).sort((a, b) => a.block - b.block)
}
