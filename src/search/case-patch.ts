/**
 * A unit's text is kept once, lower-cased (what queries match); what snippets show, in its own
 * case, is that text with a case patch applied: the runs of code units that lowering changed,
 * each as its position (two code units, high then low), its length and the original units.
 * Two copies of every passage with a capital letter (APP, GPS, a Latin name) took 4.2 MB of
 * 69 MB of text at 10,000 articles like bench:delivery's and 13.6 of 86 MB at 100,000 topical
 * passages; the patches take 0.2 and 0.3 MB.
 */

/** Longest run one patch entry holds (its length is one code unit). */
const MAX_RUN = 0xffff

/**
 * The patch that turns `folded` (`display` lower-cased) back into `display`: '' when they are
 * equal, and also when lowering changed the length (İ → i̇), since snippets then show the
 * folded text (buildSnippet).
 */
export function casePatch(display: string, folded: string): string {
  if (display === folded || display.length !== folded.length) return ''
  const pieces: string[] = []
  for (let at = 0; at < display.length;) {
    if (display.charCodeAt(at) === folded.charCodeAt(at)) {
      at++
      continue
    }
    let end = at + 1
    while (
      end < display.length &&
      end - at < MAX_RUN &&
      display.charCodeAt(end) !== folded.charCodeAt(end)
    )
      end++
    pieces.push(String.fromCharCode(at >>> 16, at & 0xffff, end - at), display.slice(at, end))
    at = end
  }
  // join gives one flat string; += would keep a tree of the pieces.
  return pieces.join('')
}

/** `folded` with `patch` (from casePatch) applied. */
export function withCase(folded: string, patch: string): string {
  if (patch === '') return folded
  const pieces: string[] = []
  let from = 0
  for (let at = 0; at < patch.length;) {
    const position = patch.charCodeAt(at) * 0x10000 + patch.charCodeAt(at + 1)
    const length = patch.charCodeAt(at + 2)
    pieces.push(folded.slice(from, position), patch.slice(at + 3, at + 3 + length))
    from = position + length
    at += 3 + length
  }
  pieces.push(folded.slice(from))
  return pieces.join('')
}
