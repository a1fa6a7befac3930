// The final allowlist every delivered body passes through.
import sanitizeHtml from 'sanitize-html'
import { HEADING_TAGS } from '../../text/html-headings.js'

/**
 * Block elements that carry the editor's alignment and indent as a style attribute (section: an
 * image in WeChat's converter set).
 */
const STYLED_TAGS = [
  'p',
  ...HEADING_TAGS,
  'blockquote',
  'ul',
  'ol',
  'li',
  'figure',
  'table',
  'section',
]

const OWN_ATTRIBUTES: Record<string, string[]> = {
  // Headings keep their id: the table of contents links to it.
  ...Object.fromEntries(HEADING_TAGS.map((tag) => [tag, ['id']])),
  li: ['id'],
  ol: ['start'],
}

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    ...HEADING_TAGS,
    'strong',
    'em',
    's',
    'u',
    'code',
    'sub',
    'sup',
    'mark',
    'a',
    'span',
    'ul',
    'ol',
    'li',
    'blockquote',
    'hr',
    'figure',
    'figcaption',
    'img',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'section',
    'aside',
    'div',
  ],
  allowedAttributes: {
    '*': ['class'],
    a: ['href', 'title', 'target', 'rel', 'data-term'],
    span: ['title', 'data-term'],
    img: ['src', 'alt', 'width', 'height', 'loading'],
    ...OWN_ATTRIBUTES,
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan'],
    // Alignment and indent (below): the editor offers both, the converters write them as styles.
    ...Object.fromEntries(
      STYLED_TAGS.map((tag) => [tag, [...(OWN_ATTRIBUTES[tag] ?? []), 'style']]),
    ),
  },
  // Only these declarations survive a style attribute; an attribute left empty is dropped.
  allowedStyles: {
    '*': {
      'text-align': [/^(?:left|right|center|justify)$/],
      'padding-inline-start': [/^\d{1,4}px$/],
    },
    ul: { 'list-style-type': [/^none$/] },
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
}

/** Final allowlist pass: whatever the converters produced, only these tags, attributes and URL schemes survive. */
export function sanitizeDeliveredHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS)
}
