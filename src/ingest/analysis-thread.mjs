// Entry of the analysis worker thread. Compiled (`npm run build`, dist/), the worker's module
// stands beside this file as JavaScript. From the sources, the project runs TypeScript through
// tsx, whose loader a worker does not inherit, so it is registered here first.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const compiled = new URL('./analysis-thread-main.js', import.meta.url)
if (existsSync(fileURLToPath(compiled))) {
  await import(compiled.href)
} else {
  const { register } = await import('tsx/esm/api')
  register()
  await import(new URL('./analysis-thread-main.ts', import.meta.url).href)
}
