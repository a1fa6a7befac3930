/**
 * The collections rich text can link to (internal links, relationship nodes): those with a public
 * page. The editor offers only these, so every link an editor makes can be delivered.
 */
export const LINKABLE_COLLECTIONS = ['articles', 'qa-sets', 'glossary-terms', 'topics'] as const

export type Linkable = (typeof LINKABLE_COLLECTIONS)[number]

export const isLinkable = (collection: unknown): collection is Linkable =>
  LINKABLE_COLLECTIONS.some((linkable) => linkable === collection)

/** The one upload collection whose files are public: uploads from others are refused at save. */
export const RICH_TEXT_UPLOAD_COLLECTIONS = ['media'] as const
