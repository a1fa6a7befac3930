/**
 * Adversarial importer inputs for bench/hostile.ts (and tests/security/import-hostile.test.ts):
 * each builds a document of about `bytes` UTF-8 bytes (HTML ones: `bytes` is the nesting depth).
 */

/** `unit` repeated until the text reaches about `bytes` UTF-8 bytes. */
function repeatTo(unit: string, bytes: number, head = ''): string {
  const count = Math.max(1, Math.ceil((bytes - Buffer.byteLength(head)) / Buffer.byteLength(unit)))
  return head + unit.repeat(count)
}

/**
 * Items numbered 1, 2, 3… until about `bytes` UTF-8 bytes: distinct lines, which the boilerplate
 * stage would otherwise drop as a repeated watermark.
 */
function itemsTo(item: (n: number) => string, bytes: number, head = ''): string {
  const parts = [head]
  let size = Buffer.byteLength(head)
  for (let n = 1; size < bytes; n++) {
    const part = item(n)
    parts.push(part)
    size += Buffer.byteLength(part)
  }
  return parts.join('')
}

const TITLE = '关于维护国家安全的若干说明\n\n来源：测试通讯社\n\n'

export interface HostileInput {
  name: string
  /** What the sizes count: bytes of text, or levels of nesting for HTML. */
  unit: 'bytes' | 'levels'
  build: (size: number) => string
}

const nested = (tag: string) => (depth: number) =>
  `<!doctype html><html><head><title>嵌套测试</title></head><body>${`<${tag}>国家安全人人有责，`.repeat(depth)}最后一段文字。${`</${tag}>`.repeat(depth)}</body></html>`

/** A text input of about `bytes` UTF-8 bytes. */
const text = (name: string, build: (bytes: number) => string): HostileInput => ({
  name,
  unit: 'bytes',
  build,
})
/** `unit` repeated after `head` (the title and source line unless told otherwise). */
const repeated = (name: string, unit: string, head = TITLE): HostileInput =>
  text(name, (bytes) => repeatTo(unit, bytes, head))
/** Numbered items after `head`: distinct lines (see itemsTo). */
const numbered = (name: string, item: (n: number) => string, head = TITLE): HostileInput =>
  text(name, (bytes) => itemsTo(item, bytes, head))

export const HOSTILE_INPUTS: HostileInput[] = [
  repeated('paragraph without 。！？', '国家安全人人有责，维护安全依靠人民，'),
  repeated('single line', '国家安全人人有责维护安全依靠人民', ''),
  repeated('digits', '2024年12月27日 10:30:15 第1234567890条 '),
  repeated('colons', '来源：作者：：:编辑：: '),
  repeated('brackets', '（【《[(国家'),
  repeated('pinyin-like (abc)', '国(guó)家(jiā)安(ān)全(quán)(abc)'),
  repeated('many short lines', '问：甲\n答：乙\n一、\n1.\nA.\n来源：\n'),
  repeated('repeated lines', '国家安全是全体人民的共同责任。\n\n'),
  numbered('many paragraphs', (n) => `国家安全是全体人民的共同责任，这是第${n}段文字。\n\n`),
  repeated('Q&A lines', '问：什么是国家秘密？\n\n答：国家秘密是关系国家安全和利益的事项。\n\n'),
  numbered(
    'quiz items',
    (n) =>
      `${n}.下列属于第${n}类国家秘密的是（ ）\n\nA.甲${n} B.乙${n} C.丙${n} D.丁${n}\n\n答案：A\n\n`,
    '国家安全知识题库\n\n',
  ),
  numbered(
    'law articles',
    (n) => `第${n}条 为了维护第${n}项国家安全，制定本条。\n\n`,
    '中华人民共和国国家安全法\n\n',
  ),
  numbered(
    'glossary terms',
    (n) => `${n}.国家秘密${n}：是指关系国家安全和利益的第${n}类事项。\n\n`,
  ),
  text('run of spaces', (bytes) => `${TITLE}国${' '.repeat(bytes)}国。`),
  text('spaces after 答案', (bytes) => `${TITLE}1.答案${' '.repeat(bytes)}国`),
  text('run of dots', (bytes) => `${TITLE}国${'.'.repeat(bytes)}国`),
  numbered('headline-like lines', (n) => `国家安全教育专题第${n}期\n`, ''),
  { name: 'nested <blockquote>', unit: 'levels', build: nested('blockquote') },
  { name: 'nested <div>', unit: 'levels', build: nested('div') },
]

export function hostileInput(name: string): HostileInput {
  const input = HOSTILE_INPUTS.find((candidate) => candidate.name === name)
  if (!input) throw new RangeError(`No hostile input named ${name}`)
  return input
}
