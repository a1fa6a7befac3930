import type { CSSProperties, ReactElement, ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { WechatPublication } from '../../payload-types.js'
import {
  limitMessageZh,
  WECHAT_LIMITS,
  type WeChatDraftArticle,
  type WeChatLimitViolation,
} from '../wechat-draft.js'

// The admin preview of a WeChat article, rendered on the server to static HTML. Every label is shown
// in Chinese and English at once (the page has no language switch of its own), and nothing is loaded
// from outside this server, so it works on an offline admin network.

/** WeChat's article column is 677 px wide. */
export const WECHAT_WIDTH = 677

export type PreviewPublication = Pick<
  WechatPublication,
  'id' | 'status' | 'updatedAt' | 'articleUrl' | 'failureReason'
>

/** What the reviewer can do: the publish button, or why it is missing. */
export type PublishControl =
  | { kind: 'button'; url: string; nonce: string }
  | { kind: 'unavailable'; draft: boolean; needsReviewer: boolean }

export interface WeChatPreviewPageProps {
  article: WeChatDraftArticle
  violations: WeChatLimitViolation[]
  coverUrl?: string
  publications: PreviewPublication[]
  publish: PublishControl
}

const bodyStyle: CSSProperties = {
  margin: 0,
  background: '#ededed',
  fontFamily: "-apple-system,'PingFang SC','Microsoft YaHei',sans-serif",
  color: '#333',
}
const boxStyle: CSSProperties = {
  maxWidth: WECHAT_WIDTH,
  margin: '16px auto',
  padding: '16px 20px',
  background: '#fff',
}
const noticeStyle: CSSProperties = { padding: '10px 14px', marginBottom: 12 }
const mutedStyle: CSSProperties = { color: '#888', fontSize: 13 }
const linkStyle: CSSProperties = { color: '#576b95' }

/**
 * The click handler of the publish button. It is a constant (the endpoint comes from the button's
 * data-url attribute), so the only inline script of the page never contains request data; the CSP
 * admits it by nonce.
 */
const PUBLISH_SCRIPT = `{
  const button = document.getElementById('publish')
  button.addEventListener('click', async () => {
    button.disabled = true
    const response = await fetch(button.dataset.url, { method: 'POST', credentials: 'same-origin' })
    const body = await response.json().catch(() => ({}))
    document.getElementById('result').textContent = response.ok
      ? '已加入发布队列 · Queued'
      : (body.errors || []).map((e) => e.message).join('; ')
  })
}`

function PreviewDocument({ title, children }: { title: string; children: ReactNode }) {
  return (
    <html lang="zh-Hans">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width" />
        <title>{title}</title>
      </head>
      <body style={bodyStyle}>{children}</body>
    </html>
  )
}

function Box({ children }: { children: ReactNode }) {
  return <div style={boxStyle}>{children}</div>
}

/** Why there is no preview: not signed in, missing role, or a delivery error (unknown article). */
export type PreviewMessage =
  { kind: 'login'; loginUrl: string } | { kind: 'forbidden' } | { kind: 'error'; message: string }

export function PreviewMessagePage({ message }: { message: PreviewMessage }) {
  return (
    <PreviewDocument title="微信预览 · WeChat preview">
      <Box>
        <p>
          {message.kind === 'login' ? (
            <>
              请先登录。Please <a href={message.loginUrl}>log in</a> first.
            </>
          ) : message.kind === 'forbidden' ? (
            '预览需要编辑、审核或管理员角色。The WeChat preview needs the editor, reviewer or admin role.'
          ) : (
            message.message
          )}
        </p>
      </Box>
    </PreviewDocument>
  )
}

function Limits({ violations }: { violations: WeChatLimitViolation[] }) {
  if (!violations.length)
    return (
      <div style={{ ...noticeStyle, background: '#e8f5e9', border: '1px solid #81c784' }}>
        符合微信限制 · Within every WeChat limit
      </div>
    )
  return (
    <div style={{ ...noticeStyle, background: '#fdecea', border: '1px solid #e57373' }}>
      <strong>超出微信限制 · Over WeChat limits</strong>
      <ul>
        {violations.map((violation, index) => (
          <li key={index}>
            {limitMessageZh(violation)} · {violation.message}
          </li>
        ))}
      </ul>
    </div>
  )
}

function Counts({ article }: { article: WeChatDraftArticle }) {
  const count = (text: string) => [...text].length
  return (
    <div style={mutedStyle}>
      标题 Title {count(article.title)}/{WECHAT_LIMITS.titleChars} · 作者 Author{' '}
      {count(article.author)}/{WECHAT_LIMITS.authorChars} · 摘要 Digest {count(article.digest)}/
      {WECHAT_LIMITS.digestChars} · 正文 Content {count(article.content)}/
      {WECHAT_LIMITS.contentChars}
    </div>
  )
}

function Publish({ control }: { control: PublishControl }) {
  if (control.kind === 'button')
    return (
      <>
        <button
          id="publish"
          type="button"
          data-url={control.url}
          style={{
            padding: '8px 16px',
            background: '#07c160',
            color: '#fff',
            border: 0,
            borderRadius: 4,
            fontSize: 15,
          }}
        >
          发布到微信公众号 · Publish to WeChat
        </button>{' '}
        <span id="result" aria-live="polite" />
        <script nonce={control.nonce} dangerouslySetInnerHTML={{ __html: PUBLISH_SCRIPT }} />
      </>
    )
  if (!control.draft && !control.needsReviewer) return null
  return (
    <p style={mutedStyle}>
      {control.draft && '草稿：发布到网站后才能发到微信。Draft: publish it on the website first. '}
      {control.needsReviewer &&
        '发布到微信需要审核人角色。Publishing to WeChat needs the reviewer role.'}
    </p>
  )
}

function History({ publications }: { publications: PreviewPublication[] }) {
  if (!publications.length) return null
  return (
    <>
      <h3 style={{ fontSize: 15 }}>发布记录 · Publications</h3>
      <ul>
        {publications.map((publication) => (
          <li key={publication.id}>
            {publication.status} · {publication.updatedAt}
            {publication.articleUrl && (
              <>
                {' · '}
                <a href={publication.articleUrl}>{publication.articleUrl}</a>
              </>
            )}
            {publication.failureReason && ` · ${publication.failureReason}`}
          </li>
        ))}
      </ul>
    </>
  )
}

/** The article as WeChat will show it, at WeChat's width, with its limits and publish status above. */
export function WeChatPreviewPage({
  article,
  violations,
  coverUrl,
  publications,
  publish,
}: WeChatPreviewPageProps) {
  return (
    <PreviewDocument title={`微信预览 · ${article.title}`}>
      <Box>
        <Limits violations={violations} />
        <Counts article={article} />
        <Publish control={publish} />
        <History publications={publications} />
      </Box>
      <Box>
        {coverUrl ? (
          <img
            src={coverUrl}
            alt=""
            style={{ width: '100%', display: 'block', marginBottom: 12 }}
          />
        ) : (
          <p style={{ color: '#c62828' }}>没有封面图 · No cover image</p>
        )}
        <h1 style={{ fontSize: 22, lineHeight: 1.4, margin: '0 0 8px' }}>{article.title}</h1>
        <div style={{ fontSize: 15, color: '#576b95', marginBottom: 16 }}>{article.author}</div>
        <blockquote
          style={{
            margin: '0 0 16px',
            padding: '8px 12px',
            background: '#f7f7f7',
            color: '#666',
            fontSize: 14,
          }}
        >
          {article.digest}
        </blockquote>
        {/* The body exactly as draft/add receives it: renderWeChatHtml's output of our own escaped
            Lexical rendering, with scripts, ids and classes already stripped. */}
        <div dangerouslySetInnerHTML={{ __html: article.content }} />
        <p style={{ marginTop: 24, fontSize: 14 }}>
          {/* WeChat's own link label, kept as readers see it; the English is in the tooltip. */}
          <a href={article.content_source_url} title="Read the original" style={linkStyle}>
            阅读原文
          </a>
        </p>
      </Box>
    </PreviewDocument>
  )
}

// React renders the elements; the doctype is ours (renderToStaticMarkup does not emit one).
function documentHtml(page: ReactElement): string {
  return `<!doctype html>${renderToStaticMarkup(page)}`
}

export function renderWeChatPreview(props: WeChatPreviewPageProps): string {
  return documentHtml(<WeChatPreviewPage {...props} />)
}

export function renderPreviewMessage(message: PreviewMessage): string {
  return documentHtml(<PreviewMessagePage message={message} />)
}
