import type { CollectionConfig } from 'payload'
import { adminsOnly, nobody } from '../src/access/content.js'
import { ADMIN_GROUPS, label } from '../src/i18n/label.js'

/** One row per delivery attempt, written by the delivery job. */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  labels: {
    singular: label('Webhook delivery', 'Webhook 投递'),
    plural: label('Webhook deliveries', 'Webhook 投递记录'),
  },
  admin: {
    useAsTitle: 'event',
    defaultColumns: ['at', 'webhook', 'event', 'attempt', 'statusCode', 'ok'],
    group: ADMIN_GROUPS.workflow,
  },
  access: { read: adminsOnly, create: nobody, update: nobody, delete: adminsOnly },
  defaultSort: '-at',
  fields: [
    {
      name: 'webhook',
      type: 'relationship',
      relationTo: 'webhooks',
      index: true,
      label: label('Webhook', 'Webhook'),
    },
    { name: 'event', type: 'text', required: true, label: label('Event', '事件') },
    { name: 'job', type: 'text', index: true, label: label('Delivery id', '投递 ID') },
    { name: 'attempt', type: 'number', label: label('Attempt', '尝试次数') },
    { name: 'statusCode', type: 'number', label: label('HTTP status', 'HTTP 状态') },
    { name: 'ok', type: 'checkbox', label: label('Delivered', '成功') },
    { name: 'error', type: 'text', label: label('Error', '错误') },
    { name: 'durationMs', type: 'number', label: label('Duration (ms)', '耗时（毫秒）') },
    {
      name: 'at',
      type: 'date',
      index: true,
      label: label('At', '时间'),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
