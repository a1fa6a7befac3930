import type { CollectionConfig } from 'payload'
import { adminsOnly } from '../src/access/content.js'
import { ADMIN_GROUPS, label } from '../src/i18n/label.js'
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENTS } from '../src/workflow/states.js'
import { ensureWebhookSecret } from '../src/workflow/webhooks.js'

function httpUrl(value: unknown): true | string {
  try {
    const url = new URL(String(value))
    return url.protocol === 'http:' || url.protocol === 'https:'
      ? true
      : 'url must start with http:// or https:// · 网址须以 http:// 或 https:// 开头'
  } catch {
    return 'url is not a valid URL · 网址无效'
  }
}

/** Receivers notified of workflow events; each POST is signed with HMAC-SHA256 (header x-cms-signature-256). */
export const Webhooks: CollectionConfig = {
  slug: 'webhooks',
  labels: { singular: label('Webhook', 'Webhook'), plural: label('Webhooks', 'Webhook') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'events', 'active'],
    group: ADMIN_GROUPS.workflow,
  },
  access: { read: adminsOnly, create: adminsOnly, update: adminsOnly, delete: adminsOnly },
  hooks: { beforeChange: [ensureWebhookSecret] },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Name', '名称') },
    { name: 'url', type: 'text', required: true, validate: httpUrl, label: label('URL', '网址') },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      label: label('Events', '事件'),
      options: WEBHOOK_EVENTS.map((value) => ({ value, label: WEBHOOK_EVENT_LABELS[value] })),
    },
    {
      name: 'secret',
      type: 'text',
      label: label('Signing secret', '签名密钥'),
      admin: {
        description: label(
          'HMAC-SHA256 key; generated when left empty. The signature is sent as x-cms-signature-256: sha256=<hex>.',
          'HMAC-SHA256 密钥，留空则自动生成。签名通过请求头 x-cms-signature-256: sha256=<hex> 发送。',
        ),
      },
    },
    { name: 'active', type: 'checkbox', defaultValue: true, label: label('Active', '启用') },
  ],
}
