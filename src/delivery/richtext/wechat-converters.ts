// The WeChat variant of the web converter set: the nodes whose web markup WeChat's editor drops
// (figure, aside, mark, links to term pages) written the way it keeps them, for bodies that go to
// WeChat (prepareWeChatArticle). renderWeChatHtml then does what needs the whole document (link
// footnotes, nested lists, the indent as padding-left, inlined styles, image uploads) and still
// accepts web HTML, rewriting these same nodes there; a unit test holds both routes to one output.
import type { HTMLConverters } from '@payloadcms/richtext-lexical/html'
import { fieldsOf } from '../../richtext/nodes.js'
import { escapeHtml } from '../escape.js'
import {
  isImage,
  renderCallout,
  renderFileLink,
  renderText,
  resolveGlossaryMark,
  resolveUpload,
  TEXT_FORMAT_TAGS,
  webHtmlConverters,
} from './html-converters.js'
import type { RenderContext } from './types.js'

/** WeChat shows no <mark>: highlighted text is emphasised instead. */
const WECHAT_FORMAT_TAGS = TEXT_FORMAT_TAGS.map(
  ([bit, tag]) => [bit, tag === 'mark' ? 'strong' : tag] as const,
)

export function weChatHtmlConverters(ctx: RenderContext): HTMLConverters {
  const web = webHtmlConverters(ctx)
  return {
    ...web,
    text: ({ node }) => renderText(node.text, node.format, WECHAT_FORMAT_TAGS),
    // WeChat drops <figure> and <figcaption>; the caption is a line under the image.
    upload: ({ node, providedStyleTag }) => {
      const upload = resolveUpload(node, ctx)
      if (!upload) return ''
      if (!isImage(upload.media)) return renderFileLink(upload, providedStyleTag)
      const caption = upload.alt ? `<p class="caption">${escapeHtml(upload.alt)}</p>` : ''
      return `<section class="figure"${providedStyleTag}><img src="${escapeHtml(upload.url)}" alt="${escapeHtml(upload.alt)}">${caption}</section>`
    },
    blocks: {
      ...web.blocks,
      // WeChat's editor drops <aside>.
      callout: ({ node }) => renderCallout(fieldsOf(node), 'section'),
    },
    inlineBlocks: {
      ...web.inlineBlocks,
      // A link to a term page would not open inside WeChat: the term is emphasised.
      glossaryMark: ({ node }) => {
        const { label, term } = resolveGlossaryMark(fieldsOf(node), ctx)
        return term ? `<strong class="term">${escapeHtml(label)}</strong>` : escapeHtml(label)
      },
    },
  }
}
