/**
 * Every analysis — POST /api/imports, the admin, the CLI, the demo seed — runs on a worker thread
 * (the text pipeline, then planning the drafts: OpenCC, rich text), so that the event loop keeps
 * serving requests while a document is read, and within a time budget
 * (IMPORT_ANALYSIS_TIMEOUT_MS): past it the worker is stopped and the analysis fails with
 * ImportTimeoutError, naming the stage it was in (the worker reports each stage as it starts).
 * Nothing is written before the analysis is done, so a stopped analysis leaves nothing behind.
 */
import { EventEmitter } from 'node:events'
import { Worker } from 'node:worker_threads'
import type { DraftPlan } from './drafts.js'
import {
  ImportInputError,
  ImportStageError,
  ImportTimeoutError,
  type ImportInputErrorCode,
} from './errors.js'
import type { AnalyzeOptions, ImportAnalysis } from './pipeline.js'

export const DEFAULT_ANALYSIS_TIMEOUT_MS = 30_000

/** The time one document's analysis may take: IMPORT_ANALYSIS_TIMEOUT_MS, or 30 s. */
export function analysisTimeoutMs(): number {
  const configured = Number(process.env.IMPORT_ANALYSIS_TIMEOUT_MS)
  return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_ANALYSIS_TIMEOUT_MS
}

/** What the worker is sent: the options without `onStage` (a function does not cross threads). */
export interface AnalysisRequest {
  id: number
  bytes: Uint8Array
  options: Omit<AnalyzeOptions, 'onStage'>
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

type WorkerMessage = AnalysisReply | { ready: true } | { id: number; stage: string }

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

/**
 * What the analysis threads do, for tests and benchmarks: `started` (a document was handed to a
 * worker), `stage`, `done`, `timeout` — each with `{ id, stage? }`.
 */
export const analysisEvents = new EventEmitter()

interface Job {
  id: number
  bytes: Buffer
  options: Omit<AnalyzeOptions, 'onStage'>
  budgetMs: number
  /** The stage the worker last said it started; `queued` until it has the document. */
  stage: string
  timer: NodeJS.Timeout | null
  resolve: (prepared: Prepared) => void
  reject: (error: Error) => void
}

let jobIds = 0

/**
 * One worker thread analysing documents one at a time, in the order they are given. A worker
 * that runs past a document's budget is terminated (a regex cannot be interrupted otherwise) and
 * the next document gets a fresh one.
 */
export class AnalysisThread {
  private worker: Worker | null = null
  private workerReady = false
  private readonly queue: Job[] = []
  private current: Job | null = null
  private closed = false
  private signalReady: (ready: boolean) => void = () => undefined
  /** Resolves true once the first worker has loaded its dictionaries, false when it cannot start. */
  readonly ready = new Promise<boolean>((resolve) => (this.signalReady = resolve))

  /** The worker starts at once, so that it has loaded its dictionaries by the first document. */
  constructor() {
    this.spawn()
  }

  /** Analyses and plans `bytes` on the worker, within `budgetMs` of its starting on them. */
  analyze(
    bytes: Buffer,
    options: AnalyzeOptions = {},
    budgetMs = analysisTimeoutMs(),
  ): Promise<Prepared> {
    const { onStage: _onStage, ...sent } = options
    return new Promise<Prepared>((resolve, reject) => {
      if (this.closed) {
        reject(new ImportStageError('thread', new Error('the analysis thread is closed')))
        return
      }
      this.queue.push({
        id: ++jobIds,
        bytes,
        options: sent,
        budgetMs,
        stage: 'queued',
        timer: null,
        resolve,
        reject,
      })
      this.pump()
    })
  }

  /** Hands the next document to the worker (starting one when there is none). */
  private pump(): void {
    if (this.current || this.queue.length === 0 || this.closed) return
    const worker = this.worker ?? this.spawn()
    if (!worker || !this.workerReady) return
    const job = this.queue.shift()
    if (!job) return
    this.current = job
    job.stage = 'decode'
    job.timer = setTimeout(() => this.expire(job), job.budgetMs)
    worker.postMessage({
      id: job.id,
      bytes: job.bytes,
      options: job.options,
    } satisfies AnalysisRequest)
    analysisEvents.emit('started', { id: job.id })
  }

  private spawn(): Worker | null {
    let worker: Worker
    try {
      worker = new Worker(new URL('./analysis-thread.mjs', import.meta.url))
    } catch (error) {
      this.failAll(error)
      return null
    }
    worker.unref()
    this.worker = worker
    this.workerReady = false
    worker.on('message', (message: WorkerMessage) => {
      if (worker !== this.worker) return
      if ('ready' in message) {
        this.workerReady = true
        this.signalReady(true)
        this.pump()
        return
      }
      const job = this.current
      if (!job || message.id !== job.id) return
      if ('stage' in message) {
        job.stage = message.stage
        analysisEvents.emit('stage', { id: job.id, stage: message.stage })
        return
      }
      this.settle(job)
      analysisEvents.emit('done', { id: job.id })
      if ('analysis' in message) job.resolve({ analysis: message.analysis, plan: message.plan })
      else job.reject(rebuildError(message.error))
      this.pump()
    })
    const lost = (cause: unknown) => {
      if (worker !== this.worker) return
      const wasReady = this.workerReady
      this.worker = null
      this.workerReady = false
      const job = this.current
      if (job) {
        this.settle(job)
        job.reject(new ImportStageError(job.stage, cause))
      }
      // A worker that cannot even start would fail again: the waiting documents fail with it.
      if (!wasReady) this.failAll(cause)
      else this.pump()
    }
    worker.on('error', lost)
    worker.on('exit', (code) => lost(new Error(`the analysis thread exited with code ${code}`)))
    return worker
  }

  private settle(job: Job): void {
    if (job.timer) clearTimeout(job.timer)
    job.timer = null
    if (this.current === job) this.current = null
  }

  /** The budget ran out: the worker is stopped and the document fails with the stage it was in. */
  private expire(job: Job): void {
    if (this.current !== job) return
    this.settle(job)
    const worker = this.worker
    this.worker = null
    this.workerReady = false
    void worker?.terminate()
    analysisEvents.emit('timeout', { id: job.id, stage: job.stage })
    job.reject(new ImportTimeoutError(job.stage, job.budgetMs))
    this.pump()
  }

  private failAll(cause: unknown): void {
    this.signalReady(false)
    for (const job of this.queue.splice(0))
      job.reject(
        new ImportStageError('thread', cause instanceof Error ? cause : new Error(String(cause))),
      )
  }

  async close(): Promise<void> {
    this.closed = true
    this.failAll(new Error('the analysis thread was closed'))
    const job = this.current
    if (job) {
      this.settle(job)
      job.reject(new ImportStageError(job.stage, new Error('the analysis thread was closed')))
    }
    const worker = this.worker
    this.worker = null
    await worker?.terminate()
  }
}

let shared: AnalysisThread | null = null

/** The process's analysis thread, started on first use (the server's imports share it). */
export function analysisThread(): AnalysisThread {
  shared ??= new AnalysisThread()
  return shared
}

/**
 * The analyses of `count` inputs, `ahead` of them in flight at a time (the CLI): `get(i)`
 * returns the analysis of input i (loaded with `load(i)`) and starts the next ones, all on a
 * thread of its own, so the main thread writes the previous documents meanwhile.
 */
export class AnalysisAhead {
  private readonly thread = new AnalysisThread()
  /** Resolves true once the worker analyses, false when it cannot start. */
  readonly workerReady = this.thread.ready
  private readonly started = new Map<number, { bytes: Buffer; prepared: Promise<Prepared> }>()

  constructor(
    private readonly count: number,
    private readonly load: (index: number) => AnalysisInput,
    private readonly ahead = 2,
  ) {}

  private start(index: number): void {
    if (index >= this.count || this.started.has(index)) return
    const { bytes, options } = this.load(index)
    const prepared = this.thread.analyze(bytes, options)
    // Rejections are read when the input's turn comes; until then they are not "unhandled".
    prepared.catch(() => undefined)
    this.started.set(index, { bytes, prepared })
  }

  /**
   * The bytes of input `index`, the promise of their analysis and of the drafts planned from it
   * (null when planning failed: the importer plans them and reports the error).
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
    this.started.delete(index)
    const { bytes, prepared } = started
    const plan = prepared.then(
      (done) => done.plan,
      () => null,
    )
    return { bytes, analysis: prepared.then((done) => done.analysis), plan }
  }

  close(): Promise<void> {
    return this.thread.close()
  }
}
