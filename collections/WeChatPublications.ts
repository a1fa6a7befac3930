import type { CollectionConfig } from 'payload'
import { adminsOnly, nobody, staffOnly } from '../src/access/content.js'
import { PUBLICATION_STATUSES } from '../src/delivery/wechat/publish.js'
import { ADMIN_GROUPS, label } from '../src/i18n/label.js'

const statusLabels: Record<(typeof PUBLICATION_STATUSES)[number], Record<'en' | 'zh', string>> = {
  queued: label('Queued', '排队中'),
  uploading: label('Uploading images', '上传图片中'),
  drafted: label('Draft created', '已创建草稿'),
  publishing: label('Publishing', '发布中'),
  retrying: label('Waiting to retry (rate limit)', '限流，等待重试'),
  published: label('Published', '已发布'),
  failed: label('Failed', '失败'),
}

/** One attempt to publish an article to the WeChat Official Account, written by the server's jobs only. */
export const WeChatPublications: CollectionConfig = {
  slug: 'wechat-publications',
  labels: {
    singular: label('WeChat publication', '微信发布记录'),
    plural: label('WeChat publications', '微信发布记录'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'articleUrl', 'updatedAt'],
    group: ADMIN_GROUPS.publishing,
  },
  access: { read: staffOnly, create: nobody, update: nobody, delete: adminsOnly },
  fields: [
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      required: true,
      index: true,
      label: label('Article', '文章'),
    },
    { name: 'title', type: 'text', label: label('Title sent', '发送的标题') },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'queued',
      label: label('Status', '状态'),
      options: PUBLICATION_STATUSES.map((value) => ({ value, label: statusLabels[value] })),
    },
    {
      name: 'requestedBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Requested by', '发起人'),
    },
    {
      name: 'thumbMediaId',
      type: 'text',
      label: label('Cover material media_id', '封面素材 media_id'),
    },
    { name: 'coverUrl', type: 'text', label: label('Cover URL at WeChat', '封面微信地址') },
    {
      name: 'contentImages',
      type: 'array',
      label: label('Body images uploaded', '已上传正文图片'),
      labels: {
        singular: label('Body image', '正文图片'),
        plural: label('Body images', '正文图片'),
      },
      fields: [
        { name: 'from', type: 'text', required: true, label: label('Our URL', '原地址') },
        { name: 'to', type: 'text', required: true, label: label('WeChat URL', '微信地址') },
      ],
    },
    { name: 'draftMediaId', type: 'text', label: label('Draft media_id', '草稿 media_id') },
    { name: 'publishId', type: 'text', label: label('publish_id', '发布任务 publish_id') },
    // Not "articleId": that would share the SQL column article_id with the `article` relationship.
    { name: 'wechatArticleId', type: 'text', label: label('WeChat article_id', '图文 article_id') },
    { name: 'articleUrl', type: 'text', label: label('Article URL at WeChat', '微信文章链接') },
    {
      name: 'attempts',
      type: 'number',
      defaultValue: 0,
      label: label('Rate-limited attempts', '限流重试次数'),
    },
    {
      name: 'polls',
      type: 'number',
      defaultValue: 0,
      label: label('Status checks', '状态查询次数'),
    },
    { name: 'nextAttemptAt', type: 'date', label: label('Next attempt', '下次尝试') },
    { name: 'publishedAt', type: 'date', label: label('Published at', '发布时间') },
    { name: 'failureReason', type: 'textarea', label: label('Why it failed', '失败原因') },
    {
      name: 'errorLog',
      type: 'array',
      label: label('Every error', '错误记录'),
      labels: { singular: label('Error', '错误'), plural: label('Errors', '错误') },
      fields: [
        { name: 'at', type: 'date', required: true, label: label('When', '时间') },
        { name: 'step', type: 'text', required: true, label: label('Step', '步骤') },
        { name: 'code', type: 'number', label: label('errcode / publish_status', '错误码') },
        { name: 'message', type: 'text', required: true, label: label('Message', '信息') },
      ],
    },
  ],
}
