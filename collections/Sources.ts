import type { CollectionConfig, CollectionSlug, JoinField } from 'payload'
import { adminsOnly, nobodyField, staffField } from '../src/access/content.js'
import { sourceAdminField, sourceCreators, verifiedSourcesOrStaff } from '../src/access/sources.js'
import { auditFields } from '../src/fields/audit.js'
import { serverSetAccess, serverSetAdmin } from '../src/fields/server-set.js'
import { partialDateField } from '../src/fields/partial-date.js'
import { fingerprintRawSnapshot } from '../src/hooks/raw-snapshot.js'
import { recordVerifier } from '../src/hooks/source-verification.js'
import { ADMIN_GROUPS, label } from '../src/i18n/label.js'
import { RIGHTS_LABELS } from '../src/i18n/source-labels.js'

export const OUTLET_TYPES = [
  'official-agency',
  'news-agency',
  'newspaper-magazine',
  'wechat-account',
  'website',
  'document-sharing-site',
  'law-text',
  'other',
] as const
export const RIGHTS_STATUSES = [
  'official-public',
  'licensed',
  'permission-granted',
  'quote-only',
  'unknown',
  'denied',
] as const
export const VERIFICATION_STATUSES = ['unverified', 'verified', 'rejected'] as const

type Label = ReturnType<typeof label>

const outletTypeLabels: Record<(typeof OUTLET_TYPES)[number], Label> = {
  'official-agency': label('Official agency', '官方机构'),
  'news-agency': label('News agency', '通讯社'),
  'newspaper-magazine': label('Newspaper or magazine', '报刊'),
  'wechat-account': label('WeChat account', '微信公众号'),
  website: label('Website', '网站'),
  'document-sharing-site': label('Document-sharing site', '文档分享网站'),
  'law-text': label('Law text', '法律文本'),
  other: label('Other', '其他'),
}

const rightsLabels: Record<(typeof RIGHTS_STATUSES)[number], Label> = RIGHTS_LABELS

/** verifiedBy / verifiedAt are stamped by the server (src/hooks/source-verification.ts). */
const verifierDescription = label(
  'Recorded when the status is set to verified or rejected.',
  '将状态设为已核实或已否决时自动记录。',
)

const verificationLabels: Record<(typeof VERIFICATION_STATUSES)[number], Label> = {
  unverified: label('Unverified', '未核实'),
  verified: label('Verified', '已核实'),
  rejected: label('Rejected', '已驳回'),
}

/** Every item that links this source (staff only: it would reveal drafts). */
function usedByJoin(
  name: string,
  collection: CollectionSlug,
  fieldLabel: Record<string, string>,
): JoinField {
  return {
    name,
    type: 'join',
    collection,
    on: 'sources.source',
    label: fieldLabel,
    access: { read: staffField },
  }
}

const rightsAccess = { read: staffField, create: sourceAdminField, update: sourceAdminField }

/** Provenance: where a text came from, whether we may reprint it, and who checked that. */
export const Sources: CollectionConfig = {
  slug: 'sources',
  labels: { singular: label('Source', '来源'), plural: label('Sources', '来源') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'outlet', 'outletType', 'rights.status', 'verification.status'],
    group: ADMIN_GROUPS.provenance,
  },
  access: {
    read: verifiedSourcesOrStaff,
    create: sourceCreators,
    update: sourceCreators,
    delete: adminsOnly,
  },
  hooks: { beforeChange: [fingerprintRawSnapshot, recordVerifier] },
  fields: [
    { name: 'title', type: 'text', required: true, label: label('Original title', '原标题') },
    { name: 'outlet', type: 'text', label: label('Outlet', '发布机构/媒体') },
    {
      name: 'outletType',
      type: 'select',
      defaultValue: 'other',
      label: label('Outlet type', '来源类型'),
      options: OUTLET_TYPES.map((value) => ({ value, label: outletTypeLabels[value] })),
    },
    { name: 'url', type: 'text', label: label('URL', '网址') },
    {
      type: 'row',
      fields: [
        { name: 'author', type: 'text', label: label('Original author', '原作者') },
        { name: 'interviewee', type: 'text', label: label('Interviewee', '受访者') },
        { name: 'editor', type: 'text', label: label('Editor', '责任编辑') },
      ],
    },
    {
      type: 'row',
      fields: [
        partialDateField('publishedDate', 'Published', '发布日期'),
        { name: 'retrievedAt', type: 'date', label: label('Retrieved', '获取时间') },
      ],
    },
    {
      name: 'rights',
      type: 'group',
      label: label('Rights', '版权'),
      access: rightsAccess,
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'unknown',
          label: label('Rights status', '授权状态'),
          options: RIGHTS_STATUSES.map((value) => ({ value, label: rightsLabels[value] })),
        },
        { name: 'licence', type: 'textarea', label: label('Licence text', '许可条款') },
        {
          name: 'evidence',
          type: 'upload',
          relationTo: 'evidence-files',
          label: label('Permission evidence', '授权凭证'),
        },
        {
          type: 'row',
          fields: [
            {
              name: 'mayModify',
              type: 'checkbox',
              defaultValue: false,
              label: label('May be modified', '可修改'),
            },
            {
              name: 'sourceLineRequired',
              type: 'checkbox',
              defaultValue: true,
              label: label('Source line required', '须注明来源'),
            },
          ],
        },
        { name: 'expiresAt', type: 'date', label: label('Permission expires', '授权到期') },
      ],
    },
    {
      name: 'verification',
      type: 'group',
      label: label('Verification', '核实'),
      access: rightsAccess,
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'unverified',
          index: true,
          label: label('Status', '状态'),
          options: VERIFICATION_STATUSES.map((value) => ({
            value,
            label: verificationLabels[value],
          })),
        },
        {
          name: 'verifiedBy',
          type: 'relationship',
          relationTo: 'users',
          label: label('Verified by', '核实人'),
          admin: { readOnly: true, description: verifierDescription },
        },
        {
          name: 'verifiedAt',
          type: 'date',
          label: label('Verified at', '核实时间'),
          admin: { readOnly: true, description: verifierDescription },
        },
        { name: 'notes', type: 'textarea', label: label('Notes', '备注') },
      ],
    },
    {
      name: 'rawSnapshot',
      type: 'textarea',
      label: label('Raw text as received', '原始文本'),
      access: { read: staffField, update: nobodyField },
      admin: {
        readOnly: true,
        description: label(
          'Stored exactly as received; cannot be changed.',
          '按收到时原样保存，不可修改。',
        ),
      },
    },
    {
      name: 'rawSha256',
      type: 'text',
      label: label('SHA-256 of the raw text', '原始文本 SHA-256'),
      access: serverSetAccess,
      admin: serverSetAdmin,
      index: true,
    },
    {
      type: 'collapsible',
      label: label('Used by', '引用本来源的内容'),
      admin: { initCollapsed: true },
      fields: [
        usedByJoin('usedByArticles', 'articles', label('Articles', '文章')),
        usedByJoin('usedByQAEntries', 'qa-entries', label('Q&A entries', '问答')),
        usedByJoin('usedByGlossaryTerms', 'glossary-terms', label('Glossary terms', '术语')),
      ],
    },
    ...auditFields,
  ],
}
