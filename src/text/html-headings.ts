/**
 * The HTML heading elements, h1 to h6. The autolinker skips them, the delivery sanitizer allows
 * them (with an id for the table of contents) and the importer's nesting guard knows them: one
 * list, so that a reader of any of those sees the same six.
 */
export const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const
