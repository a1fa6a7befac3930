import type { CollectionConfig } from 'payload'
import { nobody } from '../src/access/content.js'
import { label } from '../src/i18n/label.js'

/**
 * One near-duplicate fingerprint per article (src/text/minhash.ts), kept by the article's own save
 * (src/similarity/hooks.ts) and rebuilt from the articles for any that lack one
 * (src/similarity/backfill.ts). A new import looks up the articles sharing one of its LSH band keys
 * through the index on `bands.key`, so finding similar content reads a handful of rows, never
 * every body. Server-written and server-read only: nothing here is public or editable.
 */
export const ContentFingerprints: CollectionConfig = {
  slug: 'content-fingerprints',
  labels: {
    singular: label('Content fingerprint', '内容指纹'),
    plural: label('Content fingerprints', '内容指纹'),
  },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  fields: [
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      // Not required: on SQLite deleting the article sets it to null (the foreign key's ON DELETE
      // SET NULL) before the article's afterDelete hook removes the row (src/similarity/hooks.ts).
      // One fingerprint per article, also when two instances compute it at once.
      unique: true,
      index: true,
    },
    { name: 'algorithm', type: 'text', required: true },
    { name: 'signature', type: 'text', required: true },
    {
      name: 'bands',
      type: 'array',
      fields: [{ name: 'key', type: 'text', required: true, index: true }],
    },
  ],
}
