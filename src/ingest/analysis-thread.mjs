// Entry of the analysis worker thread: the project runs TypeScript through tsx, whose loader a
// worker does not inherit, so it is registered here before the worker's module is loaded.
import { register } from 'tsx/esm/api'

register()
await import(new URL('./analysis-thread-main.ts', import.meta.url).href)
