/**
 * GET /v1/preview/:collection/:id?token=… — the latest version of one document, drafts included,
 * in the same shape as its public route (X-Preview-Status and X-Preview-Expires-At say it is one), for a website's preview page (issue 15, item 13). Only a
 * token signed for exactly that document and not yet expired opens it (src/delivery/draft-preview);
 * the answer is never cached (`private, no-store`) and asks not to be indexed. Related documents
 * (topics, sources, media, linked pages) are still read with the public's access: a draft shows
 * only published neighbours and verified sources, never review comments or quality flags.
 */
import { Router } from 'express'
import type { Payload } from 'payload'
import { DeliveryError } from '../http/errors.js'
import { readQuery, type Parser } from '../http/params.js'
import { prepareArticleBody, presentArticle, wantArticleRefs } from '../present/article.js'
import { presentTerm, wantTermRefs } from '../present/glossary.js'
import { linkableTerms } from '../present/glossary-terms.js'
import { readAllLocales } from '../read/content.js'
import type { Article, GlossaryTermDoc } from '../read/types.js'
import type { PresentContext } from '../present/common.js'
import { SCRIPT_LANGUAGE_TAGS } from '../script.js'
import { deliverySettings } from '../settings.js'
import { verifyPreviewToken } from '../draft-preview/token.js'
import { handleDeliveryError } from './handler.js'
import { presentContext } from './context.js'

const tokenParameter: Parser<string> = (value) => value.trim()

const PROBLEMS = {
  malformed: 'The preview token is malformed.',
  forged: 'The preview token is not valid (wrong signature).',
  expired: 'The preview token has expired: open the preview from the admin again.',
} as const

async function previewArticle(payload: Payload, [doc]: Article[], ctx: PresentContext) {
  if (!doc) throw new DeliveryError(404, 'No such article.')
  wantArticleRefs(ctx.refs, doc, true)
  const prepared = prepareArticleBody(ctx.refs, doc)
  await ctx.refs.load()
  return presentArticle(payload, prepared, ctx)
}

async function previewTerm(payload: Payload, [doc]: GlossaryTermDoc[], ctx: PresentContext) {
  if (!doc) throw new DeliveryError(404, 'No such glossary term.')
  wantTermRefs(ctx.refs, doc)
  await ctx.refs.load()
  return presentTerm(doc, await linkableTerms(payload, ctx.script), ctx)
}

export function draftPreviewRouter(payload: Payload): Router {
  const router = Router()
  router.get('/v1/preview/:collection/:id', async (req, res, next) => {
    try {
      const settings = deliverySettings()
      const query = readQuery(req, { token: tokenParameter })
      if (!query.token)
        throw new DeliveryError(401, 'A preview needs its token (?token=…).', {
          parameter: 'token',
          code: 'preview_token_missing',
        })
      const grant = verifyPreviewToken(query.token, payload.secret)
      if (typeof grant === 'string')
        throw new DeliveryError(401, PROBLEMS[grant], {
          parameter: 'token',
          code: `preview_token_${grant}`,
        })
      if (grant.collection !== req.params.collection || grant.id !== req.params.id)
        throw new DeliveryError(403, 'This preview token is for another document.', {
          parameter: 'token',
          code: 'preview_token_other_document',
        })
      const found = await payload.findByID({
        collection: grant.collection,
        id: grant.id,
        draft: true,
        overrideAccess: true,
        locale: 'all',
        depth: 0,
        disableErrors: true,
      })
      if (!found)
        throw new DeliveryError(404, `No ${grant.collection} document with id "${grant.id}".`, {
          value: grant.id,
        })
      const ctx = presentContext(payload, query.script, settings)
      const body: object =
        grant.collection === 'articles'
          ? await previewArticle(payload, readAllLocales('articles', [found]), ctx)
          : await previewTerm(payload, readAllLocales('glossary-terms', [found]), ctx)
      const status = '_status' in found ? found._status : undefined
      // The body is exactly the public route's; what makes it a preview travels in headers.
      res
        .status(200)
        .set('Cache-Control', 'private, no-store')
        .set('X-Robots-Tag', 'noindex')
        .set('Content-Language', SCRIPT_LANGUAGE_TAGS[query.script])
        .set('X-Preview-Status', status ?? 'draft')
        .set('X-Preview-Expires-At', new Date(grant.expiresAt * 1000).toISOString())
        .json(body)
    } catch (error) {
      handleDeliveryError(payload, res, next, error)
    }
  })
  return router
}
