import { Router } from 'express'
import type { Payload } from 'payload'
import { deliveryCors } from '../http/cors.js'
import { brandRouter } from './brand.js'
import { draftPreviewRouter } from './draft-preview.js'
import { feedsRouter, sitemapRouter } from './feeds.js'
import { previewRouter } from './preview.js'
import { v1Router } from './v1.js'
import { weChatRouter } from './wechat.js'

/** Public delivery: /v1 (read API and WeChat), /feeds, /sitemap.xml — all with CORS from CORS_ORIGINS. */
export function deliveryRouter(payload: Payload): Router {
  const router = Router()
  router.use(['/v1', '/feeds', '/sitemap.xml'], deliveryCors())
  router.use(brandRouter())
  router.use(draftPreviewRouter(payload))
  router.use('/v1/wechat', weChatRouter(payload))
  router.use('/v1', v1Router(payload))
  router.use('/feeds', feedsRouter(payload))
  router.use(sitemapRouter(payload))
  return router
}

/** /admin-preview/wechat/:id: the WeChat rendering of an article for signed-in staff. */
export function adminPreviewRouter(payload: Payload): Router {
  return Router().use('/admin-preview', previewRouter(payload))
}
