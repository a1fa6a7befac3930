/** The worker of bench/hostile-thread.mjs: warms the dictionaries, then times one analysis and plan. */
import { parentPort, workerData } from 'node:worker_threads'
import { planDrafts } from '../src/ingest/drafts.js'
import { analyzeDocument } from '../src/ingest/pipeline.js'

const { text } = workerData as { text: string }
planDrafts(analyzeDocument('國家安全是全體人民的共同責任。'))
const started = performance.now()
planDrafts(analyzeDocument(text, { maxBytes: 5 * 1024 * 1024 * 1024 }))
parentPort?.postMessage(performance.now() - started)
