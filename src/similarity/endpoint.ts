/**
 * POST /api/imports/:id/attach-as-reprint `{ article }` — staff who edit content attach this
 * import's Source to one of the similar existing articles it lists, as "reprinted by", and the
 * duplicate drafts are discarded (src/similarity/attach.ts). Answers like the workflow endpoints.
 */
import type { Endpoint } from 'payload'
import { message } from '../i18n/message.js'
import { bodyOf, jsonHandler, routeParam } from '../workflow/http.js'
import { attachAsReprint } from './attach.js'

export const attachAsReprintEndpoint: Endpoint = {
  path: '/:id/attach-as-reprint',
  method: 'post',
  handler: jsonHandler(async (req) => {
    const body = await bodyOf(req)
    const result = await attachAsReprint(req.payload, {
      importId: routeParam(req, 'id'),
      article: body.article,
      req,
    })
    return {
      message: result.already
        ? message(req, 'Already attached: nothing changed.', '此前已附加，未作更改。')
        : message(
            req,
            'Attached: the existing article now names this source as "reprinted by" (a draft, for review); the duplicate drafts were discarded.',
            '已附加：已有文章已将此来源记为“被转载于”（草稿，待审核）；重复的草稿已删除。',
          ),
      article: result.article,
      discarded: result.discarded,
      already: result.already,
      doc: result.record,
    }
  }),
}
