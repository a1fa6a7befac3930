// A thread for bench/hostile.ts: analyses and plans one text, as a single import did in-process,
// and posts how long that took. tsx's loader is registered here, as in src/ingest/analysis-thread.mjs.
import { register } from 'tsx/esm/api'

register()
await import(new URL('./hostile-thread-main.ts', import.meta.url).href)
