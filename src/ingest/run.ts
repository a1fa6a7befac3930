/**
 * The one import pipeline behind the CLI, REST, the admin and the demo seed:
 * bytes → analysis (pure) → drafts written all or nothing → an Import record.
 * Idempotent by the SHA-256 of the bytes: the same input again returns the existing record.
 */
import { createHash } from 'node:crypto'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { canEditContent } from '../access/roles.js'
import { relationId, type DocId } from '../db/ids.js'
import type { Import, User } from '../payload-types.js'
import { runAtomically, type AtomicMode } from './atomic.js'
import { toContract, type ImportContract } from './contract.js'
import { importMaxBytes } from './decode.js'
import { planDrafts, type DraftPlan } from './drafts.js'
import { ImportInputError, ImportStageError } from './errors.js'
import { analysisThread } from './analysis-pool.js'
import type { ImportAnalysis } from './pipeline.js'
import { currentProcess, isInterrupted, recoverInterruptedImport } from './recover.js'
import { writeDrafts, WriteStageError, type WrittenDocs } from './write.js'
import { similarContent } from '../similarity/similar-content.js'

export type ImportOrigin = 'cli' | 'rest' | 'admin' | 'seed'

export interface ImportOptions {
  fileName?: string | null
  /** Who imports: the drafts are created as this user, with this user's permissions. */
  user: User
  origin: ImportOrigin
  dryRun?: boolean
  maxBytes?: number
  /** Undo by deletion even where the database has transactions (to test the fallback). */
  forceCompensation?: boolean
  /** Nothing else in this process writes to the database (the CLI): on SQLite the import then runs in a transaction. */
  soleWriter?: boolean
  /** The analysis of these bytes, made ahead (on a worker thread by a batch import); made here when absent. */
  analysis?: Promise<ImportAnalysis>
  /** The drafts planned from that analysis ahead; planned here when absent or null. */
  plan?: Promise<DraftPlan | null>
}

export type ImportOutcome = 'created' | 'existing' | 'failed' | 'dry-run'

export interface ImportResult {
  outcome: ImportOutcome
  /** The Import record (null for a dry run). */
  record: Import | null
  analysis: ImportAnalysis | null
  contract: ImportContract | null
  written: WrittenDocs | null
  /** Set when outcome is 'failed'. */
  failure: { stage: string; message: string } | null
  mode: AtomicMode | null
  ms: number
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}

class NotAllowedError extends Error {}
export { NotAllowedError as ImportNotAllowedError }

async function findImport(
  payload: Payload,
  hash: string,
  req?: PayloadRequest,
): Promise<Import | null> {
  const where = { sha256: { equals: hash } }
  // Most documents are new: an indexed count is much cheaper than a find that builds the record's joins.
  if (
    (await payload.count({ collection: 'imports', where, overrideAccess: true, req })).totalDocs ===
    0
  )
    return null
  const found = await payload.find({
    collection: 'imports',
    where,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return found.docs[0] ?? null
}

function analysisSummary(analysis: ImportAnalysis) {
  const { text: _text, rawText: _raw, blocks: _blocks, timings: _timings, ...rest } = analysis
  return { ...rest, repairs: analysis.repairs.length }
}

function recordData(
  analysis: ImportAnalysis,
  extra: ImportData,
  written?: WrittenDocs,
): ImportData {
  const counts = {
    qa: analysis.qa.length,
    terms: written ? written.glossaryTerms.length : analysis.terms.length,
    termsReused: written ? written.reusedTerms.length : 0,
    laws: analysis.laws.length,
    sections: analysis.sections.length,
    flags: analysis.flags.length,
  }
  return {
    title: analysis.title,
    kind: analysis.kind,
    script: analysis.script,
    encoding: analysis.encoding,
    incomplete: analysis.incomplete,
    counts,
    flags: analysis.flags.map(({ type, message, position }) => ({
      type,
      message: message.slice(0, 500),
      position,
    })),
    timings: analysis.timings,
    analysis: analysisSummary(analysis),
    ...(written ? links(written) : {}),
    ...extra,
  }
}

/** What the importer writes on an Import record (Payload sets the id and the timestamps). */
type ImportData = Omit<Import, 'id' | 'createdAt' | 'updatedAt'>

function links(written: WrittenDocs): ImportData {
  const ids = (list: DocId[]) => list.map(relationId)
  return {
    source: relationId(written.source),
    article: relationId(written.article),
    qaSet: written.qaSet === null ? null : relationId(written.qaSet),
    qaEntries: ids(written.qaEntries),
    glossaryTerms: ids([...written.glossaryTerms, ...written.reusedTerms]),
    laws: ids(written.laws),
  }
}

/**
 * Records a failure on the document's Import record (creating it, or updating an earlier one).
 * `counted`: the record already counts this attempt (it was marked running by it).
 */
async function recordFailure(
  payload: Payload,
  hash: string,
  previous: Import | null,
  data: ImportData,
  counted = false,
): Promise<Import> {
  const existing = previous ?? (await findImport(payload, hash))
  return saveImport(payload, hash, existing, {
    ...data,
    ...(existing && { attempts: counted ? existing.attempts : (existing.attempts ?? 1) + 1 }),
  })
}

/** Writes `data` on the Import record of these bytes: updates `existing`, or creates the record. */
function saveImport(
  payload: Payload,
  hash: string,
  existing: Import | null,
  data: ImportData,
  req?: PayloadRequest,
): Promise<Import> {
  return existing
    ? payload.update({
        collection: 'imports',
        id: existing.id,
        data,
        depth: 0,
        overrideAccess: true,
        req,
      })
    : payload.create({
        collection: 'imports',
        data: { ...data, sha256: hash },
        depth: 0,
        overrideAccess: true,
        req,
      })
}

/** An ImportResult: what `parts` does not say was not made (null). */
function resultOf(
  outcome: ImportOutcome,
  ms: number,
  parts: Partial<Omit<ImportResult, 'outcome' | 'ms'>>,
): ImportResult {
  return {
    outcome,
    record: null,
    analysis: null,
    contract: null,
    written: null,
    failure: null,
    mode: null,
    ...parts,
    ms,
  }
}

/** Another request is importing the same bytes right now: nothing is written. */
function busy(
  record: Import,
  analysis: ImportAnalysis,
  contract: ImportContract,
  ms: number,
): ImportResult {
  const failure = {
    stage: 'write:imports',
    message: `The same document is being imported right now (Import ${record.id}); try again when it is done.`,
  }
  return resultOf('failed', ms, { record, analysis, contract, failure })
}

/**
 * Imports one document. Throws ImportInputError for bad input (nothing is written) and
 * ImportNotAllowedError when the user may not create content; any other failure is recorded on
 * the Import record and returned with outcome 'failed' (and nothing else remains written).
 */
export async function importDocument(
  payload: Payload,
  input: Buffer | string,
  options: ImportOptions,
): Promise<ImportResult> {
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  if (!canEditContent(options.user)) {
    throw new NotAllowedError('Importing needs the editor, reviewer or admin role.')
  }
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input
  const hash = sha256(bytes)
  const fileName = options.fileName ?? null
  const base = {
    fileName,
    bytes: bytes.length,
    origin: options.origin,
    importedBy: relationId(options.user.id),
  }

  let analysis: ImportAnalysis
  let planned = options.plan
  try {
    if (options.analysis) analysis = await options.analysis
    else {
      // Off the main thread and within its time budget (analysis-pool.ts): requests go on being served.
      const prepared = await analysisThread().analyze(bytes, {
        fileName: fileName ?? undefined,
        maxBytes: options.maxBytes ?? importMaxBytes(),
      })
      analysis = prepared.analysis
      planned ??= Promise.resolve(prepared.plan)
    }
  } catch (error) {
    if (error instanceof ImportInputError || !(error instanceof ImportStageError) || options.dryRun)
      throw error
    const failure = { stage: `analyze:${error.stage}`, message: error.message }
    const record = await recordFailure(payload, hash, null, {
      ...base,
      status: 'failed',
      stage: failure.stage,
      error: failure.message,
    })
    return resultOf('failed', elapsed(), { record, failure })
  }
  const contract = toContract(analysis)
  let previous = await findImport(payload, hash)
  if (previous?.status === 'done') {
    return resultOf('existing', elapsed(), { record: previous, analysis, contract })
  }
  if (previous?.status === 'running' && !options.dryRun) {
    if (!isInterrupted(previous)) return busy(previous, analysis, contract, elapsed())
    previous = (await recoverInterruptedImport(payload, previous)).record
  }
  if (options.dryRun) return resultOf('dry-run', elapsed(), { analysis, contract })

  const req = await createLocalReq({ user: { ...options.user, collection: 'users' } }, payload)
  let stage = 'plan'
  // Without a transaction the record says `running` while drafts are written, so that a crash in
  // between can be cleaned up (recover.ts); it then already counts this attempt.
  // A holder, not a `let`: TypeScript does not see the callback assign it and would narrow it to null.
  const journal: { record: Import | null } = { record: null }
  try {
    const plan = (await planned) ?? planDrafts(analysis)
    const { result, mode } = await runAtomically(
      payload,
      req,
      async (created, mode) => {
        if (mode === 'compensation') {
          stage = 'write:imports'
          const running = {
            ...recordData(analysis, {
              ...base,
              status: 'running',
              stage: 'write',
              error: null,
              runningIn: currentProcess(),
            }),
            attempts: (previous?.attempts ?? 0) + 1,
          }
          journal.record = await saveImport(payload, hash, previous, running, req)
        }
        stage = 'write'
        const written = await writeDrafts(payload, req, created, plan)
        stage = 'similar'
        // The drafts are made all the same: a batch or CLI import must not stop at a reprint, and
        // the editor decides on the Import record (attach as a reprint, or keep both).
        const similar = await similarContent(payload, plan.article.fingerprint, {
          exclude: written.article,
          req,
        })
        stage = 'write:imports'
        const data = recordData(
          analysis,
          { ...base, status: 'done', stage: 'done', error: null, runningIn: null, similar },
          written,
        )
        const target = journal.record ?? previous
        const record = await saveImport(
          payload,
          hash,
          target,
          {
            ...data,
            ...(target && {
              attempts: journal.record ? journal.record.attempts : (target.attempts ?? 1) + 1,
            }),
          },
          req,
        )
        return { written, record }
      },
      { forceCompensation: options.forceCompensation, soleWriter: options.soleWriter },
    )
    const { record, written } = result
    return resultOf('created', elapsed(), { record, analysis, contract, written, mode })
  } catch (error) {
    // Another request imported the same bytes meanwhile: report its record.
    const concurrent = await findImport(payload, hash)
    if (concurrent?.status === 'done') {
      return resultOf('existing', elapsed(), { record: concurrent, analysis, contract })
    }
    const ours = journal.record
    if (concurrent?.status === 'running' && concurrent.id !== ours?.id)
      return busy(concurrent, analysis, contract, elapsed())
    const failure = {
      stage: error instanceof WriteStageError ? error.stage : stage,
      message: error instanceof Error ? error.message : String(error),
    }
    payload.logger.warn(
      { err: error, file: fileName, stage: failure.stage },
      'import failed; nothing was kept',
    )
    const record = await recordFailure(
      payload,
      hash,
      concurrent ?? previous,
      recordData(analysis, {
        ...base,
        status: 'failed',
        stage: failure.stage,
        error: failure.message,
        runningIn: null,
      }),
      ours !== null,
    )
    return resultOf('failed', elapsed(), { record, analysis, contract, failure })
  }
}
