/**
 * Counts type assertions (`x as T`, `<T>x`; `as const` is not a cast) per 1,000 lines of our own
 * source (src/ and collections/, generated files excluded), with the TypeScript compiler's parser
 * so that strings and comments are never counted. CI prints the figure and fails above the limit.
 *
 *   tsx scripts/count-casts.ts [--max 8] [--list]
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'

const root = new URL('..', import.meta.url).pathname
const roots = ['src', 'collections']
const generated = [/^src\/payload-types\.ts$/, /^src\/migrations\//, /importMap\.js$/]

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
}

type Cast = { file: string; line: number; text: string }

function castsIn(file: string, text: string): Cast[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const found: Cast[] = []
  const visit = (node: ts.Node) => {
    const isAs = ts.isAsExpression(node) && !isConstAssertion(node.type)
    if (isAs || ts.isTypeAssertionExpression(node)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart())
      found.push({ file, line: line + 1, text: node.getText().replace(/\s+/g, ' ').slice(0, 100) })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

function isConstAssertion(type: ts.TypeNode): boolean {
  return ts.isTypeReferenceNode(type) && type.typeName.getText() === 'const'
}

const args = process.argv.slice(2)
const maxIndex = args.indexOf('--max')
const max = maxIndex >= 0 ? Number(args[maxIndex + 1]) : Infinity
let lines = 0
const casts: Cast[] = []
for (const path of roots.flatMap((dir) => sourceFiles(join(root, dir)))) {
  const file = relative(root, path)
  if (generated.some((pattern) => pattern.test(file))) continue
  const text = readFileSync(path, 'utf8')
  lines += text.split('\n').filter((line) => line.trim() !== '').length
  casts.push(...castsIn(file, text))
}
if (args.includes('--list')) {
  for (const cast of casts) console.log(`${cast.file}:${cast.line}  ${cast.text}`)
}
const perThousand = (casts.length * 1000) / lines
console.log(
  `casts: ${casts.length} in ${lines} non-blank lines = ${perThousand.toFixed(1)} per 1,000 lines` +
    (Number.isFinite(max) ? ` (limit ${max})` : ''),
)
if (perThousand > max) process.exit(1)
