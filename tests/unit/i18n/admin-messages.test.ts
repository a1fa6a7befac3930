/**
 * The messages the admin shows from stored codes (issue 15, item 7): importer flags, stages, edit
 * comments, WeChat limits and dates, each in the admin language. Flags are built from the real
 * importer on the seeds, so every message the pipeline writes there is covered.
 */
import { analyzeDocument } from '../../../src/ingest/pipeline.js'
import {
  FLAG_MESSAGE_KEYS,
  flagExcerpt,
  flagMessage,
  flagMessageIn,
  flagMessageParams,
  readFlagMessage,
} from '../../../src/ingest/flag-messages.js'
import { stageLabel } from '../../../src/ingest/stage-labels.js'
import { commentIn, editedComment, editedFields } from '../../../src/workflow/edit-comment.js'
import {
  checkWeChatLimits,
  buildWeChatDraftArticle,
  limitMessageZh,
} from '../../../src/delivery/wechat-draft.js'
import { formatDateTime } from '../../../src/i18n/dates.js'
import { qualityFlagLabel } from '../../../src/i18n/quality-flags.js'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readSeed, SEED_FILES } from '../../support/seeds.js'

const PAGES = fileURLToPath(new URL('../../fixtures/pages', import.meta.url))
const pageTexts = () => [
  ...Object.values(SEED_FILES).map(readSeed),
  ...fs
    .readdirSync(PAGES)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => fs.readFileSync(path.join(PAGES, name), 'utf8')),
]

const LATIN_WORD = /[A-Za-z]{4,}/

describe('importer flag messages', () => {
  const flags = pageTexts().flatMap((text) => analyzeDocument(text).flags)

  test('every flag the importer writes on the seeds and the page corpus is a catalogue message, shown in Chinese', () => {
    expect(flags.length).toBeGreaterThan(100)
    for (const flag of flags) {
      expect(readFlagMessage(flag.message)).toBeDefined()
      const zh = flagMessageIn(flag.message, 'zh')
      expect(zh).not.toBe(flag.message)
      // What is left in Latin letters is quoted page text (pinyin debris), never our own words.
      const ownWords = zh.replace(/“[^”]*”/g, '')
      expect(ownWords).not.toMatch(LATIN_WORD)
      expect(flagMessageIn(flag.message, 'en')).toBe(flag.message)
    }
  })

  test('every template reads back its parameters and has its own Chinese', () => {
    for (const key of FLAG_MESSAGE_KEYS) {
      const params = Object.fromEntries(
        flagMessageParams(key).map((name, i) => [name, `参数${i}“引”`]),
      )
      const message = flagMessage(key, params)
      expect(readFlagMessage(message)).toEqual({ key, params })
      expect(flagMessageIn(message, 'zh').replace(/“[^”]*”/g, '')).not.toMatch(LATIN_WORD)
    }
  })

  test('each message reads back with its parameters, and the flagged text is its excerpt', () => {
    const restored = flagMessage('restored-run', {
      original: '?!斗纯植乐髁x',
      restored: '。《反恐怖主义',
    })
    expect(readFlagMessage(restored)).toEqual({
      key: 'restored-run',
      params: { original: '?!斗纯植乐髁x', restored: '。《反恐怖主义' },
    })
    expect(flagMessageIn(restored, 'zh')).toBe(
      '乱码“?!斗纯植乐髁x”已自动修复为“。《反恐怖主义”：请对照原文核对。',
    )
    expect(flagExcerpt(restored)).toBe('。《反恐怖主义')
    expect(flagExcerpt(flagMessage('stops-mid-sentence', { tail: '国家安全机关依法' }))).toBe(
      '国家安全机关依法',
    )
    expect(flagMessageIn(flagMessage('cut-as-chrome', { percent: '35' }), 'zh')).toBe(
      '清理时将35%的段落作为网站栏目或其他文章的摘要删除：请核对文章内容没有丢失。',
    )
    // A document-wide flag points at no text.
    expect(flagExcerpt(flagMessage('no-source-line'))).toBeUndefined()
  })

  test('a message an editor typed is shown as typed, and points at nothing', () => {
    expect(readFlagMessage('第二段引文出处待查')).toBeUndefined()
    expect(flagMessageIn('第二段引文出处待查', 'zh')).toBe('第二段引文出处待查')
    expect(flagExcerpt('第二段引文出处待查')).toBeUndefined()
    expect(flagMessageIn(undefined, 'zh')).toBe('')
  })

  test('flag types by label; an unknown type as stored', () => {
    expect(qualityFlagLabel('repaired-text', 'zh')).toBe('已修复乱码（请核对）')
    expect(qualityFlagLabel('missing-source', 'en')).toBe('No source line')
    expect(qualityFlagLabel('from-elsewhere', 'zh')).toBe('from-elsewhere')
  })
})

test('Import stages in words, unknown parts as stored', () => {
  expect(stageLabel('analyze:repair', 'zh')).toBe('分析：修复乱码')
  expect(stageLabel('write:articles', 'zh')).toBe('写入：文章')
  expect(stageLabel('write:laws', 'en')).toBe('Writing: the laws')
  expect(stageLabel('analyze:laws', 'en')).toBe('Analysis: finding cited laws')
  expect(stageLabel('done', 'zh')).toBe('完成')
  expect(stageLabel('analyze:later-stage', 'zh')).toBe('分析：later-stage')
  expect(stageLabel(null, 'zh')).toBe('')
})

test('an edit comment names the fields by label; other comments stay as written', () => {
  const stored = editedComment(['coverImage', 'body'])
  expect(stored).toBe('edited: coverImage, body')
  expect(editedFields(stored)).toEqual(['coverImage', 'body'])
  const labels: Record<string, string> = { coverImage: '封面图', body: '正文' }
  const labelOf = (name: string) => labels[name] ?? name
  expect(commentIn(stored, 'zh', labelOf)).toBe('修改了：封面图、正文')
  expect(commentIn(stored, 'en', (name) => name)).toBe('Changed: coverImage, body')
  expect(commentIn('请补充来源', 'zh', labelOf)).toBe('请补充来源')
})

test('WeChat limits in Chinese from the violation itself', () => {
  const article = buildWeChatDraftArticle({
    title: '标'.repeat(40),
    html: '<p>正文</p>',
    thumbMediaId: '',
  })
  const messages = checkWeChatLimits(article).map(limitMessageZh)
  expect(messages).toEqual(['标题40字，最多32字（超出8字）。', '封面图为空：须提供封面图。'])
})

test('dates in the admin language order', () => {
  const at = new Date(2026, 11, 1, 9, 39)
  expect(formatDateTime(at, 'zh')).toBe('2026年12月1日 09:39')
  expect(formatDateTime(at, 'en')).toBe('1 December 2026 at 09:39')
  expect(formatDateTime('not a date', 'zh')).toBe('')
})
