/**
 * Rich-text rendering on seed 000 (an 18-section explainer, ~10,600 characters): renderRichText
 * (HTML + text + headings) and richTextToPlain (search, reading time, WeChat digest), in µs per
 * document. `node --import tsx bench/richtext.ts [--rounds 9]`.
 */
import { renderRichText } from '../src/delivery/lexical-html.js'
import { richTextToPlain } from '../src/richtext/build.js'
import { seed000Document } from '../tests/unit/delivery/seed-lexical.js'
import { numericArgument } from './arguments.js'

const rounds = numericArgument('rounds', 9)
const iterations = 400
const state = seed000Document()

function microsecondsPerCall(run: () => unknown): number {
  const start = process.hrtime.bigint()
  for (let i = 0; i < iterations; i++) run()
  return Number(process.hrtime.bigint() - start) / 1000 / iterations
}

for (let i = 0; i < 200; i++) {
  renderRichText(state)
  richTextToPlain(state)
}
const html: number[] = []
const plain: number[] = []
for (let round = 0; round < rounds; round++) {
  html.push(microsecondsPerCall(() => renderRichText(state)))
  plain.push(microsecondsPerCall(() => richTextToPlain(state)))
}
// The machine is shared: the fastest round is the figure least disturbed by other work.
const report = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return `best ${sorted[0]!.toFixed(1)}, median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} µs/document`
}
console.log(`renderRichText  ${report(html)}`)
console.log(`richTextToPlain ${report(plain)}`)
