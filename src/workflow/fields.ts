import type { Field, FieldAccess } from 'payload'
import { staffField } from '../access/content.js'
import { hasRole } from '../access/roles.js'
import { serverSetAccess, serverSetAdmin } from '../fields/server-set.js'
import { label } from '../i18n/label.js'
import { STATE_LABELS, WORKFLOW_STATES } from './states.js'

const reviewersAndEditors: FieldAccess = ({ req: { user } }) => hasRole(user, 'editor', 'reviewer')

export const WORKFLOW_PANEL_COMPONENT = '/components/workflow/WorkflowPanel.tsx#WorkflowPanel'

/** Names of the fields the workflow owns; a change to only these is not a content edit. */
export const WORKFLOW_FIELD_NAMES = [
  'workflowPanel',
  'workflowState',
  'assignee',
  'dueDate',
  'submittedBy',
  'lastEditedBy',
  'editedSinceApproval',
  'approvedBy',
  'scheduledFor',
] as const

const readOnlyUser = (name: string, en: string, zh: string): Field => ({
  name,
  type: 'relationship',
  relationTo: 'users',
  label: label(en, zh),
  access: serverSetAccess,
  admin: serverSetAdmin,
})

/** The workflow's fields, the same on every workflow collection. Only the workflow writes the state. */
export function workflowFields(): Field[] {
  return [
    {
      name: 'workflowPanel',
      type: 'ui',
      label: label('Review workflow', '审核流程'),
      admin: { position: 'sidebar', components: { Field: WORKFLOW_PANEL_COMPONENT } },
    },
    {
      name: 'workflowState',
      type: 'select',
      index: true,
      defaultValue: 'draft',
      label: label('Workflow state', '流程状态'),
      options: WORKFLOW_STATES.map((value) => ({ value, label: STATE_LABELS[value] })),
      access: serverSetAccess,
      admin: {
        ...serverSetAdmin,
        description: label('Changed only by workflow actions.', '只能通过审核流程操作改变。'),
      },
    },
    {
      name: 'assignee',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: label('Assigned reviewer', '指派审核人'),
      access: { read: staffField, create: reviewersAndEditors, update: reviewersAndEditors },
      admin: { position: 'sidebar' },
    },
    {
      name: 'dueDate',
      type: 'date',
      index: true,
      label: label('Review due', '审核截止'),
      access: { read: staffField, create: reviewersAndEditors, update: reviewersAndEditors },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    readOnlyUser('submittedBy', 'Submitted by', '提交人'),
    readOnlyUser('lastEditedBy', 'Content last edited by', '内容最后编辑人'),
    {
      // Four-eyes: nobody in here approves the next round (src/workflow/permissions.ts).
      name: 'editedSinceApproval',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: label('Content edited since the last approval by', '上次批准以来的内容编辑人'),
      access: serverSetAccess,
      admin: serverSetAdmin,
    },
    readOnlyUser('approvedBy', 'Approved by', '批准人'),
    {
      name: 'scheduledFor',
      type: 'date',
      label: label('Scheduled for', '定时时间'),
      access: serverSetAccess,
      admin: { ...serverSetAdmin, date: { pickerAppearance: 'dayAndTime' } },
    },
  ]
}

/** Articles: correction notes and a retraction, both public once published. */
export function correctionFields(): Field[] {
  return [
    {
      name: 'forWeChat',
      type: 'checkbox',
      defaultValue: false,
      label: label('Meant for WeChat', '用于微信公众号'),
      admin: {
        position: 'sidebar',
        description: label(
          'Needs a cover image, a title of at most 32 characters and a summary of at most 128.',
          '需要封面图，标题不超过32字，摘要不超过128字。',
        ),
      },
    },
    {
      name: 'corrections',
      type: 'array',
      label: label('Corrections', '更正说明'),
      labels: { singular: label('Correction', '更正'), plural: label('Corrections', '更正') },
      admin: {
        description: label(
          'Shown publicly with the article once published.',
          '发布后随文章公开显示。',
        ),
      },
      fields: [
        {
          name: 'text',
          type: 'textarea',
          required: true,
          localized: true,
          label: label('Correction', '更正内容'),
        },
        {
          name: 'date',
          type: 'date',
          required: true,
          defaultValue: () => new Date().toISOString(),
          label: label('Date', '日期'),
        },
      ],
    },
    {
      name: 'retraction',
      type: 'group',
      label: label('Retraction', '撤稿'),
      admin: {
        description: label(
          'A retracted article keeps its URL; readers see the notice and reason instead of the body.',
          '撤稿后保留网址，读者看到撤稿声明和理由，而不是正文。',
        ),
      },
      fields: [
        {
          name: 'retracted',
          type: 'checkbox',
          defaultValue: false,
          label: label('Retracted', '已撤稿'),
        },
        { name: 'reason', type: 'textarea', localized: true, label: label('Reason', '撤稿理由') },
        {
          name: 'at',
          type: 'date',
          label: label('Retracted at', '撤稿时间'),
          admin: { readOnly: true },
        },
      ],
    },
  ]
}
