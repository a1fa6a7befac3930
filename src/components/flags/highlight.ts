/** The name of the CSS highlight (custom.scss styles it) that marks a flag's text in the body. */
export const FLAG_HIGHLIGHT = 'quality-flag'

/** Shortest prefix of an excerpt still searched for: a later stage may have changed its tail. */
const MIN_PREFIX = 4

/** Where each text node of an editor starts in the editor's concatenated text. */
function textOf(root: Element): { text: string; nodes: { node: Text; start: number }[] } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  const nodes: { node: Text; start: number }[] = []
  let text = ''
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node instanceof Text)) continue
    nodes.push({ node, start: text.length })
    text += node.data
  }
  return { text, nodes }
}

function pointAt(nodes: { node: Text; start: number }[], offset: number, end: boolean) {
  const index = nodes.findLastIndex(({ node, start }) =>
    end ? start < offset && offset <= start + node.data.length : start <= offset,
  )
  const found = nodes[index]
  return found ? { node: found.node, offset: offset - found.start } : undefined
}

/** The excerpt, then (unless `exact`) ever shorter prefixes of it, down to MIN_PREFIX characters. */
function* candidates(excerpt: string, exact: boolean): Generator<string> {
  const chars = [...excerpt]
  const shortest = exact ? chars.length : Math.min(MIN_PREFIX, chars.length)
  for (let length = chars.length; length >= shortest; length--)
    yield chars.slice(0, length).join('')
}

/**
 * Marks the first place an excerpt stands in the rich-text editors of the page, selects it and
 * scrolls it into view. The editors' text is searched as the reader sees it (across the text nodes
 * Lexical renders), since a flag's character offset counts the imported text, not the body.
 * With `exact`, only the whole excerpt counts. Returns false when the text is not found.
 */
export function highlightInEditors(excerpt: string, { exact = false } = {}): boolean {
  const editors = [...document.querySelectorAll('[data-lexical-editor="true"]')]
  for (const candidate of candidates(excerpt, exact)) {
    for (const editor of editors) {
      const { text, nodes } = textOf(editor)
      const at = text.indexOf(candidate)
      if (at === -1) continue
      const start = pointAt(nodes, at, false)
      const end = pointAt(nodes, at + candidate.length, true)
      if (!start || !end) continue
      const range = document.createRange()
      range.setStart(start.node, start.offset)
      range.setEnd(end.node, end.offset)
      // The CSS Custom Highlight API marks the text without touching the editor's DOM, which
      // Lexical owns; the selection puts the caret there for the keyboard.
      if ('highlights' in CSS) CSS.highlights.set(FLAG_HIGHLIGHT, new Highlight(range))
      const selection = window.getSelection()
      selection?.removeAllRanges()
      selection?.addRange(range)
      start.node.parentElement?.scrollIntoView({ block: 'center' })
      return true
    }
  }
  return false
}
