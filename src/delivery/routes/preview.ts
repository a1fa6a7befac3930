import { randomBytes } from 'node:crypto'
import { Router, type Response } from 'express'
import type { Payload } from 'payload'
import { canPublish } from '../../access/roles.js'
import { escapeHtml } from '../escape.js'
import { requestUser } from '../http/auth.js'
import { DeliveryError } from '../http/errors.js'
import { hasRole } from '../../access/roles.js'
import { PUBLICATIONS } from '../wechat/publish.js'
import { previewArticle } from './wechat.js'

/** WeChat's article column is 677 px wide. */
const WECHAT_WIDTH = 677

function page(res: Response, status: number, title: string, body: string, nonce?: string): void {
  const csp = `default-src 'none'; img-src * data:; style-src 'unsafe-inline'; connect-src 'self'; form-action 'self'${nonce ? `; script-src 'nonce-${nonce}'` : ''}`
  res.status(status).set({
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'private, no-store',
    'content-security-policy': csp,
    'x-frame-options': 'SAMEORIGIN',
  })
    .send(`<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>
<body style="margin:0;background:#ededed;font-family:-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;color:#333">${body}</body></html>`)
}

function box(content: string): string {
  return `<div style="max-width:${WECHAT_WIDTH}px;margin:16px auto;padding:16px 20px;background:#fff">${content}</div>`
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
          '微信预览 · WeChat preview',
          box(
            user
              ? '<p>预览需要编辑、审核或管理员角色。The WeChat preview needs the editor, reviewer or admin role.</p>'
              : `<p>请先登录。Please <a href="${escapeHtml(login)}">log in</a> first.</p>`,
          ),
        )
      }
      const { doc, prepared } = await previewArticle(payload, req, user)
      const { article } = prepared
      const problems = prepared.violations.length
        ? `<div style="background:#fdecea;border:1px solid #e57373;padding:10px 14px;margin-bottom:12px"><strong>超出微信限制 · Over WeChat limits</strong><ul>${prepared.violations.map((v) => `<li>${escapeHtml(v.message)}</li>`).join('')}</ul></div>`
        : '<div style="background:#e8f5e9;border:1px solid #81c784;padding:10px 14px;margin-bottom:12px">符合微信限制 · Within every WeChat limit</div>'
      const cover = prepared.cover?.sizes['wechat-cover']?.url ?? prepared.cover?.original.url
      const publications = await payload.find({
        collection: PUBLICATIONS as 'users',
        where: { article: { equals: doc.id } } as never,
        sort: '-createdAt',
        limit: 5,
        depth: 0,
        overrideAccess: true,
      })
      const history = publications.docs.length
        ? `<h3 style="font-size:15px">发布记录 · Publications</h3><ul>${(publications.docs as unknown as Array<Record<string, unknown>>).map((p) => `<li>${escapeHtml(String(p.status))} · ${escapeHtml(String(p.updatedAt))}${p.articleUrl ? ` · <a href="${escapeHtml(String(p.articleUrl))}">${escapeHtml(String(p.articleUrl))}</a>` : ''}${p.failureReason ? ` · ${escapeHtml(String(p.failureReason))}` : ''}</li>`).join('')}</ul>`
        : ''
      const nonce = randomBytes(16).toString('base64')
      const canSend =
        canPublish(user) && doc._status === 'published' && prepared.violations.length === 0
      const action = canSend
        ? `<button id="publish" style="padding:8px 16px;background:#07c160;color:#fff;border:0;border-radius:4px;font-size:15px">发布到微信公众号 · Publish to WeChat</button> <span id="result"></span>
<script nonce="${nonce}">document.getElementById('publish').addEventListener('click', async (event) => {
  event.target.disabled = true
  const response = await fetch(${JSON.stringify(`/api/articles/${doc.id}/wechat-publish`)}, { method: 'POST', credentials: 'same-origin' })
  const body = await response.json().catch(() => ({}))
  document.getElementById('result').textContent = response.ok ? '已加入发布队列 · Queued' : (body.errors || []).map((e) => e.message).join('; ')
})</script>`
        : `<p style="color:#888;font-size:13px">${doc._status === 'published' ? '' : '草稿：发布到网站后才能发到微信。Draft: publish it on the website first. '}${canPublish(user) ? '' : '发布到微信需要审核人角色。Publishing to WeChat needs the reviewer role.'}</p>`
      const body =
        box(
          `${problems}<div style="font-size:13px;color:#888">标题 ${[...article.title].length}/32 · 作者 ${[...article.author].length}/16 · 摘要 ${[...article.digest].length}/128 · 正文 ${[...article.content].length}/20000</div>${action}${history}`,
        ) +
        box(
          `${cover ? `<img src="${escapeHtml(cover)}" alt="" style="width:100%;display:block;margin-bottom:12px">` : '<p style="color:#c62828">没有封面图 · No cover image</p>'}` +
            `<h1 style="font-size:22px;line-height:1.4;margin:0 0 8px">${escapeHtml(article.title)}</h1>` +
            `<div style="font-size:15px;color:#576b95;margin-bottom:16px">${escapeHtml(article.author)}</div>` +
            `<blockquote style="margin:0 0 16px;padding:8px 12px;background:#f7f7f7;color:#666;font-size:14px">${escapeHtml(article.digest)}</blockquote>` +
            article.content +
            `<p style="margin-top:24px;font-size:14px"><a href="${escapeHtml(article.content_source_url)}" style="color:#576b95">阅读原文</a></p>`,
        )
      page(res, 200, `微信预览 · ${article.title}`, body, canSend ? nonce : undefined)
    } catch (error) {
      if (error instanceof DeliveryError)
        return page(
          res,
          error.status,
          '微信预览 · WeChat preview',
          box(`<p>${escapeHtml(error.message)}</p>`),
        )
      next(error)
    }
  })
  return router
}
