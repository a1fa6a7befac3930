import { auditFields } from '../src/fields/audit.js'
import { editorialCollection } from '../src/fields/editorial.js'
import { slugField } from '../src/fields/slug.js'
import { ADMIN_GROUPS, label } from '../src/i18n/label.js'

export const Laws = editorialCollection({
  slug: 'laws',
  labels: { singular: label('Law', '法律法规'), plural: label('Laws', '法律法规') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'shortName', 'issuingBody', 'effectiveAt'],
    group: ADMIN_GROUPS.reference,
  },
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
})
