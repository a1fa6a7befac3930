/**
 * POST /api/imports — replaces Payload's create for the Imports collection, so the admin form,
 * REST clients and scripts all go through the importer. Accepts a raw text body (any encoding),
 * a multipart upload (`file`, or `text` in the admin's `_payload`), or JSON `{ text, fileName }`.
 * `?dryRun=true` returns the analysis and writes nothing.
 */
import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'
import { canEditContent } from '../access/roles.js'
import { message } from '../i18n/message.js'
import { ImportInputError, ImportStageError, type ImportInputErrorCode } from './errors.js'
import { importMaxBytes } from './decode.js'
import { ImportNotAllowedError, importDocument, type ImportOrigin } from './run.js'

const STATUS_BY_CODE: Record<ImportInputErrorCode, number> = {
  empty: 400,
  binary: 415,
  undecodable: 415,
  'too-large': 413,
}

function json(body: unknown, status: number): Response {
  return Response.json(body, { status })
}

function inputError(req: PayloadRequest, error: ImportInputError, field: string): Response {
  const zh: Record<ImportInputErrorCode, string> = {
    empty: '文件为空：没有可导入的文本。',
    binary: '这是二进制文件（如PDF、Word或图片），不是文本。',
    undecodable: '无法识别编码：既不是UTF-8，也不是GBK/GB18030或Big5文本。',
    'too-large': '文件超过导入大小上限。',
  }
  return json(
    { errors: [{ message: message(req, error.message, zh[error.code]), code: error.code, field }] },
    STATUS_BY_CODE[error.code],
  )
}

interface ReceivedInput {
  bytes: Buffer
  fileName: string | null
  field: string
  origin: ImportOrigin
}

async function readInput(req: PayloadRequest): Promise<ReceivedInput> {
  const contentType =
    (req.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  const queryName = typeof req.query?.fileName === 'string' ? req.query.fileName : null
  if (contentType.startsWith('multipart/') || contentType === 'application/json') {
    await addDataAndFileToRequest(req)
    const data: { text?: unknown; fileName?: unknown } = req.data ?? {}
    // The admin's create form posts here too (multipart with `_payload`), from an /admin page.
    const origin: ImportOrigin =
      contentType.startsWith('multipart/') && /\/admin(\/|$)/.test(req.headers.get('referer') ?? '')
        ? 'admin'
        : 'rest'
    if (req.file) {
      return {
        bytes: Buffer.from(req.file.data),
        fileName: req.file.name || queryName,
        field: 'file',
        origin,
      }
    }
    const text = typeof data.text === 'string' ? data.text : ''
    return {
      bytes: Buffer.from(text, 'utf8'),
      fileName: typeof data.fileName === 'string' ? data.fileName : queryName,
      field: 'text',
      origin,
    }
  }
  // Payload's request is a Partial<Request>: a body that cannot be read is a 400 (see the caller).
  if (!req.arrayBuffer) throw new Error('the request has no readable body')
  const body = await req.arrayBuffer()
  return { bytes: Buffer.from(body), fileName: queryName, field: 'body', origin: 'rest' }
}

export const importEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    if (!req.user) {
      return json(
        {
          errors: [
            { message: message(req, 'Log in to import documents.', '请先登录再导入文档。') },
          ],
        },
        401,
      )
    }
    if (!canEditContent(req.user)) {
      return json(
        {
          errors: [
            {
              message: message(
                req,
                'Importing needs the editor, reviewer or admin role.',
                '导入需要编辑、审核或管理员角色。',
              ),
            },
          ],
        },
        403,
      )
    }
    const maxBytes = importMaxBytes()
    const declared = Number(req.headers.get('content-length'))
    if (Number.isFinite(declared) && declared > maxBytes + 64 * 1024) {
      return inputError(
        req,
        new ImportInputError(
          'too-large',
          `The request is ${Math.ceil(declared / 1024)} KB, over the ${Math.ceil(maxBytes / 1024)} KB import limit.`,
        ),
        'body',
      )
    }
    let input: ReceivedInput
    try {
      input = await readInput(req)
    } catch (error) {
      return json(
        {
          errors: [
            {
              message: `The request body could not be read: ${error instanceof Error ? error.message : String(error)}`,
              field: 'body',
            },
          ],
        },
        400,
      )
    }
    const dryRun = req.query?.dryRun === 'true' || req.query?.dryRun === '1'
    try {
      const result = await importDocument(req.payload, input.bytes, {
        user: req.user,
        origin: input.origin,
        fileName: input.fileName,
        dryRun,
        maxBytes,
      })
      switch (result.outcome) {
        case 'dry-run':
          return json({ outcome: 'dry-run', result: result.contract }, 200)
        case 'existing':
          return json(
            {
              outcome: 'existing',
              doc: result.record,
              message: message(
                req,
                'This document was imported before: nothing new was created.',
                '该文档此前已导入，未重复创建。',
              ),
            },
            200,
          )
        case 'created': {
          const similar = result.record?.similar?.length ?? 0
          return json(
            {
              outcome: 'created',
              doc: result.record,
              message:
                similar > 0
                  ? message(
                      req,
                      `Imported: the drafts are ready for review. Similar content already exists (${similar} article${similar === 1 ? '' : 's'}): see the Import record to attach this source to it as a reprint.`,
                      `导入成功：草稿已生成，等待审核。已存在相似内容（${similar}篇文章）：可在导入记录中将此来源作为转载附加到已有文章。`,
                    )
                  : message(
                      req,
                      'Imported: the drafts are ready for review.',
                      '导入成功：草稿已生成，等待审核。',
                    ),
            },
            201,
          )
        }
        case 'failed':
          return json(
            {
              outcome: 'failed',
              doc: result.record,
              errors: [{ message: result.failure?.message, stage: result.failure?.stage }],
            },
            422,
          )
      }
    } catch (error) {
      if (error instanceof ImportInputError) return inputError(req, error, input.field)
      if (error instanceof ImportNotAllowedError)
        return json({ errors: [{ message: error.message }] }, 403)
      // A dry run that failed in the analysis (a timeout too): nothing is recorded, the stage is said.
      if (error instanceof ImportStageError)
        return json(
          {
            outcome: 'failed',
            errors: [{ message: error.message, stage: `analyze:${error.stage}` }],
          },
          422,
        )
      throw error
    }
  },
}
