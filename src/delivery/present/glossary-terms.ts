import type { Payload } from 'payload'
import { deliveryCacheFor } from '../cache/delivery-cache.js'
import type { GlossaryTerm } from '../autolink.js'
import { textFor, textsFor } from '../read/localized.js'
import { readAllLocales } from '../read/content.js'
import type { GlossaryTermDoc } from '../read/types.js'
import type { Script } from '../script.js'

const SHORT_DEFINITION_MAX = 80

/** Every published glossary term (locale 'all'), read once per cache generation. */
export function publishedTerms(payload: Payload): Promise<GlossaryTermDoc[]> {
  return deliveryCacheFor(payload).memoize('glossary:published', async () => {
    const result = await payload.find({
      collection: 'glossary-terms',
      overrideAccess: false,
      locale: 'all',
      depth: 0,
      pagination: false,
      sort: 'pinyinSortKey',
      select: {
        term: true,
        slug: true,
        aliases: true,
        definition: true,
        pinyin: true,
        pinyinSortKey: true,
        topics: true,
        updatedAt: true,
      },
    })
    return readAllLocales('glossary-terms', result.docs)
  })
}

/** The first sentence of a definition, cut to a tooltip's length. */
export function shortDefinition(definition: string): string {
  const oneLine = definition.replace(/\s+/g, ' ').trim()
  const sentence = /^.+?[。；！？]/.exec(oneLine)?.[0] ?? oneLine
  return [...sentence].length > SHORT_DEFINITION_MAX
    ? `${[...sentence].slice(0, SHORT_DEFINITION_MAX - 1).join('')}…`
    : sentence
}

/** Terms for auto-linking, in the delivered script (matching itself ignores script differences). */
export function linkableTerms(payload: Payload, script: Script): Promise<GlossaryTerm[]> {
  return deliveryCacheFor(payload).memoize(`glossary:linkable:${script}`, async () =>
    (await publishedTerms(payload)).map((doc) => ({
      slug: String(doc.slug),
      term: textFor(doc.term, script),
      aliases: textsFor(doc.aliases, script),
      shortDefinition: shortDefinition(textFor(doc.definition, script)),
    })),
  )
}
