import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict.js'

/**
 * High enough that jieba keeps a user word whole against any split the base dictionary
 * suggests (专用间谍器材 instead of 专用/间谍/器材), low enough not to swamp the statistics.
 */
const USER_WORD_FREQUENCY = 100_000

const WORD_CHARACTER = /[\p{L}\p{N}]/u
/** jieba only matches dictionary words inside runs of these characters, so other words can never apply. */
const DICTIONARY_WORD = /^[\p{Script=Han}a-z0-9]+$/u

/** True for tokens that carry searchable text (not punctuation, symbols or whitespace). */
export function isWordToken(token: string): boolean {
  return WORD_CHARACTER.test(token)
}

/** Whether jieba can use `word` as a user-dictionary entry (Simplified Han, lower-case Latin, digits; no spaces or punctuation). */
export function isDictionaryWord(word: string): boolean {
  return word.length > 1 && DICTIONARY_WORD.test(word)
}

export interface UserWordsChange {
  added: string[]
  removed: string[]
}

/**
 * jieba with a replaceable user dictionary. Input must already be Simplified (and, for
 * search, normalised): the bundled dictionary is Simplified and misses Traditional words.
 */
export class ChineseSegmenter {
  /**
   * Built at the first cut: jieba's dictionary takes ~34 MB once loaded, which a server with
   * nothing to index yet (a fresh install, an API-only instance that never searches) need not hold.
   */
  private loaded: Jieba | undefined
  private words = new Set<string>()

  constructor(userWords: Iterable<string> = []) {
    this.setUserWords(userWords)
  }

  private get jieba(): Jieba {
    if (!this.loaded) {
      this.loaded = Jieba.withDict(dict)
      this.load(this.loaded, [...this.words])
    }
    return this.loaded
  }

  /** The user-dictionary words in force (only those jieba can use; see isDictionaryWord). */
  get userWords(): ReadonlySet<string> {
    return this.words
  }

  /** Precise mode, each character in exactly one token: for queries. */
  cut(text: string): string[] {
    return this.jieba.cut(text, true)
  }

  /** Search mode: precise tokens plus the dictionary words inside long ones (国家安全 → 国家, 安全, 国家安全): for documents. */
  cutForSearch(text: string): string[] {
    return this.jieba.cutForSearch(text, true)
  }

  /**
   * Replace the user dictionary. Additions load into the live instance; a removal needs a
   * fresh instance because jieba cannot forget a word. Returns what changed so callers can
   * re-tokenise only the texts that contain those words.
   */
  setUserWords(userWords: Iterable<string>): UserWordsChange {
    const next = new Set([...userWords].filter(isDictionaryWord))
    const added = [...next].filter((word) => !this.words.has(word))
    const removed = [...this.words].filter((word) => !next.has(word))
    // Not built yet: the words are loaded with the dictionary when it is.
    if (!this.loaded) {
      this.words = next
      return { added, removed }
    }
    if (removed.length > 0) {
      this.loaded = Jieba.withDict(dict)
      this.load(this.loaded, [...next])
    } else if (added.length > 0) {
      this.load(this.loaded, added)
    }
    this.words = next
    return { added, removed }
  }

  private load(jieba: Jieba, words: string[]): void {
    if (words.length === 0) return
    jieba.loadDict(
      Buffer.from(words.map((word) => `${word} ${USER_WORD_FREQUENCY}`).join('\n') + '\n'),
    )
  }
}

export function createSegmenter(userWords: Iterable<string> = []): ChineseSegmenter {
  return new ChineseSegmenter(userWords)
}
