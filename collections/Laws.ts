import type { CollectionConfig } from 'payload'
import { adminsOnly, contentEditors, publishedOrStaff } from '../src/access/content.js'
import { auditFields } from '../src/fields/audit.js'
import { slugField } from '../src/fields/slug.js'
import { contentVersions } from '../src/fields/versions.js'
import { label } from '../src/i18n/label.js'
import { guardPublishing } from '../src/workflow/publish-guard.js'

export const Laws: CollectionConfig = {
  slug: 'laws',
  labels: { singular: label('Law', '法律法规'), plural: label('Laws', '法律法规') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'shortName', 'issuingBody', 'effectiveAt'],
    group: label('Reference', '参考'),
  },
  access: {
    read: publishedOrStaff,
    create: contentEditors,
    update: contentEditors,
    delete: adminsOnly,
  },
  versions: contentVersions,
  hooks: { beforeChange: [guardPublishing] },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: label('Full name', '全称'),
      admin: { description: label('e.g. 中华人民共和国反间谍法', '如：中华人民共和国反间谍法') },
    },
    {
      name: 'shortName',
      type: 'text',
      localized: true,
      label: label('Short name', '简称'),
      admin: { description: label('e.g. 反间谍法', '如：反间谍法') },
    },
    slugField(['shortName', 'name']),
    { name: 'issuingBody', type: 'text', localized: true, label: label('Issued by', '制定机关') },
    {
      type: 'row',
      fields: [
        { name: 'adoptedAt', type: 'date', label: label('Adopted', '通过日期') },
        { name: 'effectiveAt', type: 'date', label: label('In force from', '施行日期') },
      ],
    },
    { name: 'url', type: 'text', label: label('Official text URL', '官方文本链接') },
    ...auditFields,
  ],
}
