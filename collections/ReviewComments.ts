import type { CollectionConfig } from 'payload'
import { adminsOnly, staffOnly } from '../src/access/content.js'
import { serverSetAccess, serverSetAdmin } from '../src/fields/server-set.js'
import { ADMIN_GROUPS, label } from '../src/i18n/label.js'
import { commentUpdaters, stampComment } from '../src/workflow/comments.js'
import { WORKFLOW_COLLECTIONS } from '../src/workflow/states.js'
import { itemCreatedAtField } from '../src/workflow/item-key.js'

/** Reviewers' and editors' comments on an item under review. Never public. */
export const ReviewComments: CollectionConfig = {
  slug: 'review-comments',
  labels: {
    singular: label('Review comment', '审核意见'),
    plural: label('Review comments', '审核意见'),
  },
  admin: {
    useAsTitle: 'body',
    defaultColumns: ['body', 'itemCollection', 'itemId', 'blocking', 'resolved', 'author'],
    group: ADMIN_GROUPS.workflow,
  },
  access: { read: staffOnly, create: staffOnly, update: commentUpdaters, delete: adminsOnly },
  hooks: { beforeChange: [stampComment] },
  defaultSort: '-createdAt',
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'itemCollection',
          type: 'select',
          required: true,
          index: true,
          label: label('Collection', '内容类型'),
          options: WORKFLOW_COLLECTIONS.map((value) => ({ value, label: value })),
        },
        {
          name: 'itemId',
          type: 'text',
          required: true,
          index: true,
          label: label('Item id', '内容 ID'),
        },
      ],
    },
    { ...itemCreatedAtField, access: serverSetAccess, admin: serverSetAdmin },
    { name: 'body', type: 'textarea', required: true, label: label('Comment', '意见') },
    {
      name: 'fieldPath',
      type: 'text',
      label: label('Field', '字段'),
      admin: { description: label('e.g. summary or body', '如 summary、body') },
    },
    { name: 'quote', type: 'textarea', label: label('Quoted text', '引用原文') },
    {
      name: 'blocking',
      type: 'checkbox',
      defaultValue: false,
      label: label('Blocks approval until resolved', '解决前阻止批准'),
    },
    {
      name: 'resolved',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: label('Resolved', '已解决'),
    },
    {
      name: 'resolvedBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Resolved by', '解决人'),
      access: serverSetAccess,
      admin: serverSetAdmin,
    },
    {
      name: 'resolvedAt',
      type: 'date',
      label: label('Resolved at', '解决时间'),
      access: serverSetAccess,
      admin: serverSetAdmin,
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      label: label('Author', '作者'),
      access: serverSetAccess,
      admin: serverSetAdmin,
    },
  ],
}
