import { randomBytes } from 'node:crypto'
import { Router, type Response } from 'express'
import type { Payload } from 'payload'
import { canPublish, hasRole } from '../../access/roles.js'
import { requestUser } from '../http/auth.js'
import { DeliveryError } from '../http/errors.js'
import {
  renderPreviewMessage,
  renderWeChatPreview,
  type PublishControl,
} from '../preview/WeChatPreviewPage.js'
import { PUBLICATIONS } from '../wechat/publish.js'
import { previewArticle } from './wechat.js'

function page(res: Response, status: number, html: string, nonce?: string): void {
  const csp = `default-src 'none'; img-src * data:; style-src 'unsafe-inline'; connect-src 'self'; form-action 'self'${nonce ? `; script-src 'nonce-${nonce}'` : ''}`
  res
    .status(status)
    .set({
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'private, no-store',
      'content-security-policy': csp,
      'x-frame-options': 'SAMEORIGIN',
    })
    .send(html)
}

/**
 * /admin-preview/wechat/:id — the article as WeChat will show it, at WeChat's width, for signed-in staff
 * (the admin session cookie works). Reviewers get a "publish to WeChat" button for published articles.
 */
export function previewRouter(payload: Payload): Router {
  const router = Router()
  router.get('/wechat/:id', async (req, res, next) => {
    try {
      const user = await requestUser(payload, req)
      if (!user || !hasRole(user, 'editor', 'reviewer')) {
        const login = `/admin/login?redirect=${encodeURIComponent(req.originalUrl)}`
        return page(
          res,
          user ? 403 : 401,
          renderPreviewMessage(user ? { kind: 'forbidden' } : { kind: 'login', loginUrl: login }),
        )
      }
      const { doc, prepared } = await previewArticle(payload, req, user)
      const publications = await payload.find({
        collection: PUBLICATIONS,
        where: { article: { equals: doc.id } },
        sort: '-createdAt',
        limit: 5,
        depth: 0,
        overrideAccess: true,
      })
      const published = doc._status === 'published'
      const canSend = canPublish(user) && published && prepared.violations.length === 0
      const publish: PublishControl = canSend
        ? {
            kind: 'button',
            url: `/api/articles/${doc.id}/wechat-publish`,
            nonce: randomBytes(16).toString('base64'),
          }
        : { kind: 'unavailable', draft: !published, needsReviewer: !canPublish(user) }
      page(
        res,
        200,
        renderWeChatPreview({
          article: prepared.article,
          violations: prepared.violations,
          coverUrl: prepared.cover?.sizes['wechat-cover']?.url ?? prepared.cover?.original.url,
          publications: publications.docs,
          publish,
        }),
        publish.kind === 'button' ? publish.nonce : undefined,
      )
    } catch (error) {
      if (error instanceof DeliveryError)
        return page(
          res,
          error.status,
          renderPreviewMessage({ kind: 'error', message: error.message }),
        )
      next(error)
    }
  })
  return router
}
