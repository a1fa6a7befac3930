// The five seed documents (tests/fixtures/seeds, described in its EXPECTED.md) and the facts about
// them, and about the importer's `--json` contract, that several tests check.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const SEEDS_DIR = fileURLToPath(new URL('../fixtures/seeds', import.meta.url))

export const SEED_FILES = {
  explainer: '000_7ff0f28b814cf2d6.txt',
  press: '001_3725888e3f78c79b.txt',
  document: '002_06bc90e43e81a12a.txt',
  interview: '003_690e4b863b8d9f66.txt',
  commentary: '004_56c83ed7d12524c2.txt',
}

export const seedPath = (name: string): string => path.join(SEEDS_DIR, name)
export function seedBytes(name: string): Buffer {
  return readFileSync(seedPath(name))
}
export function readSeed(name: string): string {
  return readFileSync(seedPath(name), 'utf8')
}

/** The seven terms of seed 000 section 十六 (名词术语解释), in order, as EXPECTED.md lists them. */
export const SEED_000_TERMS = [
  '境内外机构、组织',
  '境外个人',
  '间谍组织代理人',
  '敌对组织',
  '资助',
  '勾结',
  '国家秘密',
]

/** The keys of one `npm run import -- --json` entry, in their documented order. */
export const CONTRACT_KEYS = [
  'file',
  'title',
  'kind',
  'script',
  'sections',
  'qa',
  'terms',
  'quiz',
  'attribution',
  'laws',
  'flags',
  'incomplete',
  'text',
]

/** The keys of a contract entry's `attribution`, in their documented order. */
export const ATTRIBUTION_KEYS = [
  'outlet',
  'outletType',
  'originalOutlet',
  'agency',
  'dateline',
  'publishedAt',
  'author',
  'editor',
  'interviewer',
  'interviewee',
]
