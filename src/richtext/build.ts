/** Builds Lexical editor state (the JSON Payload stores for rich text) from plain structured text. */
// richTextToPlain lived here; its importers outside delivery and search (tests) still find it here.
export { richTextToPlain } from './plain-text.js'

type TextNode = {
  type: 'text'
  text: string
  format: number
  detail: 0
  mode: 'normal'
  style: ''
  version: 1
}
type ElementBase = { direction: 'ltr'; format: ''; indent: 0; version: 1 }
export type LexicalNode =
  | (ElementBase & { type: 'paragraph'; children: TextNode[]; textFormat: 0; textStyle: '' })
  | (ElementBase & { type: 'heading'; tag: 'h2' | 'h3' | 'h4'; children: TextNode[] })
  | {
      type: 'block'
      version: 2
      format: ''
      fields: Record<string, unknown> & { blockType: string; id: string; blockName: string }
    }

export interface LexicalState {
  [key: string]: unknown
  root: ElementBase & { type: 'root'; children: LexicalNode[] }
}

export type RichBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string; level?: 2 | 3 | 4 }
  | { type: 'qa'; question: string; answer: string }
  | { type: 'callout'; tone: 'info' | 'warning' | 'hotline'; title?: string; body: string }

const element: ElementBase = { direction: 'ltr', format: '', indent: 0, version: 1 }

function text(value: string): TextNode {
  return { type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }
}

let blockCounter = 0
function blockId(): string {
  blockCounter = (blockCounter + 1) % 0xffffff
  return `${Date.now().toString(16)}${blockCounter.toString(16).padStart(6, '0')}`.slice(-24)
}

function toNode(block: RichBlock): LexicalNode {
  switch (block.type) {
    case 'paragraph':
      return {
        ...element,
        type: 'paragraph',
        children: [text(block.text)],
        textFormat: 0,
        textStyle: '',
      }
    case 'heading':
      return {
        ...element,
        type: 'heading',
        tag: `h${block.level ?? 2}` as 'h2' | 'h3' | 'h4',
        children: [text(block.text)],
      }
    case 'qa':
      return {
        type: 'block',
        version: 2,
        format: '',
        fields: {
          blockType: 'qaPair',
          id: blockId(),
          blockName: '',
          question: block.question,
          answer: block.answer,
        },
      }
    case 'callout':
      return {
        type: 'block',
        version: 2,
        format: '',
        fields: {
          blockType: 'callout',
          id: blockId(),
          blockName: '',
          tone: block.tone,
          title: block.title ?? '',
          body: block.body,
        },
      }
  }
}

export function buildRichText(blocks: RichBlock[]): LexicalState {
  return { root: { ...element, type: 'root', children: blocks.map(toNode) } }
}
