/**
 * Analyses documents ahead, on a worker thread, while the main thread writes the previous ones:
 * the text pipeline (~8 ms per document) and planning the drafts (OpenCC, rich text) run there,
 * so that the two cores share the work.
 * For batch imports (the CLI); a single import analyses in-process.
 */
import { Worker } from 'node:worker_threads'
import type { DraftPlan } from './drafts.js'
import { ImportInputError, ImportStageError, type ImportInputErrorCode } from './errors.js'
import { analyzeDocument, type AnalyzeOptions, type ImportAnalysis } from './pipeline.js'

export interface AnalysisRequest {
  id: number
  bytes: Uint8Array
  options: AnalyzeOptions
}

export type AnalysisReply =
  /** `plan` is null when planning failed: the importer then plans again itself and reports the error. */
  | { id: number; analysis: ImportAnalysis; plan: DraftPlan | null }
  | {
      id: number
      error:
        | { kind: 'input'; code: ImportInputErrorCode; message: string }
        | { kind: 'stage'; stage: string; message: string }
        | { kind: 'other'; message: string }
    }

function rebuildError(error: Extract<AnalysisReply, { error: unknown }>['error']): Error {
  if (error.kind === 'input') return new ImportInputError(error.code, error.message)
  if (error.kind === 'stage') return new ImportStageError(error.stage, new Error(error.message))
  return new Error(error.message)
}

export interface AnalysisInput {
  bytes: Buffer
  options: AnalyzeOptions
}

/** A document analysed, with its drafts planned when that was done ahead too. */
export interface Prepared {
  analysis: ImportAnalysis
  plan: DraftPlan | null
}

/** An input read ahead: it is being prepared on the worker, or null when it is to be analysed in-process. */
interface StartedInput extends AnalysisInput {
  prepared: Promise<Prepared> | null
}

/**
 * Analyses in-process, after a turn of the event loop: a batch of database writes runs on
 * microtasks alone (libsql answers synchronously), and without that turn the worker's messages,
 * "ready" first, were never delivered — every document of a batch was analysed here.
 */
function analyseHere(bytes: Buffer, options: AnalyzeOptions): Promise<Prepared> {
  return new Promise((resolve, reject) => {
    setImmediate(() => {
      try {
        resolve({ analysis: analyzeDocument(bytes, options), plan: null })
      } catch (error) {
        reject(error)
      }
    })
  })
}

/**
 * The analyses of `count` inputs, `ahead` of them in flight at a time: `get(i)` returns the
 * analysis of input i (loaded with `load(i)`) and starts the next ones. Falls back to analysing
 * in-process when the worker cannot start.
 */
export class AnalysisAhead {
  private worker: Worker | null
  /** The worker has loaded its dictionaries; until then documents are analysed in-process. */
  private ready = false
  private signalReady: (ready: boolean) => void = () => undefined
  /** Resolves true once the worker analyses, false when there is none (or it failed). */
  readonly workerReady = new Promise<boolean>((resolve) => (this.signalReady = resolve))
  private readonly waiting = new Map<
    number,
    { resolve: (prepared: Prepared) => void; reject: (error: Error) => void }
  >()
  private readonly started = new Map<number, StartedInput>()
  /** How many inputs were analysed in-process (before the worker was ready, or without one). */
  analysedHere = 0

  constructor(
    private readonly count: number,
    private readonly load: (index: number) => AnalysisInput,
    private readonly ahead = 2,
  ) {
    this.worker = count > 1 ? this.startWorker() : null
    if (!this.worker) this.signalReady(false)
  }

  private startWorker(): Worker | null {
    try {
      const worker = new Worker(new URL('./analysis-thread.mjs', import.meta.url))
      worker.unref()
      worker.on('message', (reply: AnalysisReply | { ready: true }) => {
        if ('ready' in reply) {
          this.ready = true
          this.signalReady(true)
          return
        }
        const waiter = this.waiting.get(reply.id)
        this.waiting.delete(reply.id)
        if ('analysis' in reply) waiter?.resolve({ analysis: reply.analysis, plan: reply.plan })
        else waiter?.reject(rebuildError(reply.error))
      })
      worker.on('error', (error) => {
        // The documents it held fail with the error; the following ones are analysed in-process.
        this.worker = null
        this.signalReady(false)
        for (const waiter of this.waiting.values()) waiter.reject(error)
        this.waiting.clear()
      })
      return worker
    } catch {
      return null
    }
  }

  private start(index: number): void {
    if (index >= this.count || this.started.has(index)) return
    const { bytes, options } = this.load(index)
    const worker = this.ready ? this.worker : null
    const prepared = worker
      ? new Promise<Prepared>((resolve, reject) => {
          this.waiting.set(index, { resolve, reject })
          worker.postMessage({ id: index, bytes, options } satisfies AnalysisRequest)
        })
      : null
    // Rejections are read when the input's turn comes; until then they are not "unhandled".
    prepared?.catch(() => undefined)
    this.started.set(index, { bytes, options, prepared })
  }

  /**
   * The bytes of input `index`, the promise of their analysis and of the drafts planned from it
   * (null when they were not planned ahead: the importer plans them).
   */
  get(index: number): {
    bytes: Buffer
    analysis: Promise<ImportAnalysis>
    plan: Promise<DraftPlan | null>
  } {
    for (let next = index; next <= index + this.ahead; next++) this.start(next)
    const started = this.started.get(index)
    // start() skips only indexes past the end: asking for one is a caller's bug.
    if (!started) throw new RangeError(`No input ${index} (there are ${this.count})`)
    const { bytes, options, prepared } = started
    this.started.delete(index)
    if (!prepared) this.analysedHere++
    const ready = prepared ?? analyseHere(bytes, options)
    const plan = ready.then(
      (done) => done.plan,
      () => null,
    )
    return { bytes, analysis: ready.then((done) => done.analysis), plan }
  }

  async close(): Promise<void> {
    await this.worker?.terminate()
  }
}
