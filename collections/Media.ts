import type { CollectionConfig } from 'payload'
import { anyone, contentEditors, adminsOnly } from '../src/access/content.js'
import { ADMIN_GROUPS, label } from '../src/i18n/label.js'
import { storeUnderSniffedExtension } from '../src/hooks/sniffed-extension.js'
import { mediaRoot } from '../src/paths.js'

export const MEDIA_MAX_BYTES = 10 * 1024 * 1024

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('Image', '图片'), plural: label('Images', '图片') },
  admin: { useAsTitle: 'alt', group: ADMIN_GROUPS.content },
  access: { read: anyone, create: contentEditors, update: contentEditors, delete: adminsOnly },
  hooks: { beforeOperation: [storeUnderSniffedExtension] },
  upload: {
    staticDir: mediaRoot,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 320 },
      { name: 'card', width: 800 },
      // WeChat's wide cover crop (2.35:1) and its square crop.
      { name: 'wechat-cover', width: 900, height: 383, position: 'centre' },
      { name: 'square', width: 500, height: 500, position: 'centre' },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: label('Alt text', '替代文字'),
      admin: {
        description: label(
          'Describe the image for readers who cannot see it.',
          '为无法看到图片的读者描述图片内容。',
        ),
      },
    },
    { name: 'credit', type: 'text', label: label('Credit', '图片来源/作者') },
    { name: 'copyright', type: 'text', label: label('Copyright notice', '版权声明') },
    { name: 'source', type: 'relationship', relationTo: 'sources', label: label('Source', '来源') },
  ],
}
