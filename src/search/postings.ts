import { Index } from 'flexsearch'

/** flexsearch receives tokens already cut by jieba, one per line, so each vocabulary word is looked up exactly as it was indexed. */
const TOKEN_SEPARATOR = '\n'
const splitTokens = (content: string): string[] => content.split(TOKEN_SEPARATOR)

/**
 * Token → unit ids, on flexsearch, plus the vocabulary grouped by character so a query
 * word can be widened to every indexed token that contains it (安全 → 国家安全, 安全防范).
 *
 * `fastupdate` is off: its reverse register doubled the heap (370 MB instead of ~190 MB for
 * 100k passages); the price is that removing one unit scans the token map.
 */
export class TokenPostings {
  private readonly index = new Index({ encode: splitTokens, resolution: 1, fastupdate: false })
  private readonly vocabularyByCharacter = new Map<string, string[]>()
  private readonly vocabulary = new Set<string>()

  add(unitId: number, tokens: string[]): void {
    if (tokens.length === 0) return
    for (const token of tokens) this.remember(token)
    this.index.add(unitId, tokens.join(TOKEN_SEPARATOR))
  }

  remove(unitId: number): void {
    this.index.remove(unitId)
  }

  /** Units indexed with exactly this token. */
  unitsWithToken(token: string, limit: number): number[] {
    return this.index.search(token, { limit }) as number[]
  }

  /**
   * Indexed tokens that contain `piece`, found through its rarest character. The vocabulary
   * only grows (a token whose units are gone simply finds nothing), which keeps removal cheap.
   */
  tokensContaining(piece: string): string[] {
    let narrowest: string[] | undefined
    for (const character of new Set(piece)) {
      const tokens = this.vocabularyByCharacter.get(character)
      if (!tokens) return []
      if (!narrowest || tokens.length < narrowest.length) narrowest = tokens
    }
    return narrowest ? narrowest.filter((token) => token.includes(piece)) : []
  }

  /** Tokens that contain this character. */
  tokensWithCharacter(character: string): readonly string[] {
    return this.vocabularyByCharacter.get(character) ?? []
  }

  private remember(token: string): void {
    if (this.vocabulary.has(token)) return
    this.vocabulary.add(token)
    for (const character of new Set(token)) {
      const tokens = this.vocabularyByCharacter.get(character)
      if (tokens) tokens.push(token)
      else this.vocabularyByCharacter.set(character, [token])
    }
  }
}
