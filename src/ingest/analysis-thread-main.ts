/**
 * The analysis worker: runs the pure text pipeline on the bytes it is sent, plans the drafts and
 * posts both, saying which stage it is in as it goes (src/ingest/analysis-pool.ts).
 */
import { parentPort } from 'node:worker_threads'
import { planDrafts, type DraftPlan } from './drafts.js'
import { ImportInputError, ImportStageError } from './errors.js'
import { analyzeDocument } from './pipeline.js'
import type { AnalysisReply, AnalysisRequest } from './analysis-pool.js'

// Load the dictionaries before saying ready: until then the documents are analysed in the main thread.
planDrafts(analyzeDocument('國家安全是全體人民的共同責任。'))
parentPort?.postMessage({ ready: true })

parentPort?.on('message', ({ id, bytes, options }: AnalysisRequest) => {
  let reply: AnalysisReply
  try {
    // Each stage is reported as it starts: when the budget runs out, the importer names the stage.
    const onStage = (stage: string) => parentPort?.postMessage({ id, stage })
    const analysis = analyzeDocument(Buffer.from(bytes), { ...options, onStage })
    let plan: DraftPlan | null = null
    onStage('plan')
    try {
      plan = planDrafts(analysis)
    } catch {
      // The importer plans again and records the failure with its stage.
    }
    reply = { id, analysis, plan }
  } catch (error) {
    if (error instanceof ImportInputError)
      reply = { id, error: { kind: 'input', code: error.code, message: error.message } }
    else if (error instanceof ImportStageError)
      reply = {
        id,
        error: {
          kind: 'stage',
          stage: error.stage,
          message: error.cause instanceof Error ? error.cause.message : error.message,
        },
      }
    else
      reply = {
        id,
        error: {
          kind: 'other',
          message: error instanceof Error ? (error.stack ?? error.message) : String(error),
        },
      }
  }
  parentPort?.postMessage(reply)
})
