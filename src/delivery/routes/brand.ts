/**
 * The built-in brand images JSON-LD points at when the operator has not named their own
 * (SITE_LOGO_URL, SITE_IMAGE_URL): Google's Article rich results want a publisher logo and an
 * image on every article, and an article without a cover would otherwise have none. Drawn as SVG
 * (a shield; no text, so no fonts are needed) and rendered to PNG once per process with sharp.
 */
import { Router } from 'express'
import sharp from 'sharp'
import { BRAND_PATHS } from '../settings.js'

const SHIELD =
  '<path d="M256 40 L440 104 V240 C440 352 364 432 256 472 C148 432 72 352 72 240 V104 Z" fill="#b71c1c"/>' +
  '<path d="M256 96 L392 142 V244 C392 328 336 388 256 420 C176 388 120 328 120 244 V142 Z" fill="#ffd54f"/>' +
  '<path d="M256 150 L282 214 L350 218 L298 262 L316 330 L256 292 L196 330 L214 262 L162 218 L230 214 Z" fill="#b71c1c"/>'

const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">${SHIELD}</svg>`
/** 1200 × 675 (16:9), the size Google asks of article images. */
const IMAGE_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675">' +
  '<rect width="1200" height="675" fill="#fbe9e7"/>' +
  `<g transform="translate(344 82) scale(1)">${SHIELD}</g></svg>`

const rendered = new Map<string, Promise<Buffer>>()

function png(svg: string): Promise<Buffer> {
  let image = rendered.get(svg)
  if (!image) {
    image = sharp(Buffer.from(svg)).png().toBuffer()
    rendered.set(svg, image)
  }
  return image
}

export function brandRouter(): Router {
  const router = Router()
  for (const [path, svg] of [
    [BRAND_PATHS.logo, LOGO_SVG],
    [BRAND_PATHS.image, IMAGE_SVG],
  ] as const)
    router.get(path, (_req, res, next) => {
      png(svg).then(
        (bytes) => res.type('image/png').set('Cache-Control', 'public, max-age=86400').send(bytes),
        next,
      )
    })
  return router
}
