'use client'
import { useTranslation } from '@payloadcms/ui'
import { langOf } from './labels.js'

/** Replaces Payload's Publish button: publishing happens only through the workflow panel. */
export function PublishViaWorkflow() {
  const { i18n } = useTranslation()
  const zh = langOf(i18n.language) === 'zh'
  return (
    <span style={{ fontSize: 12, opacity: 0.75 }}>
      {zh ? '发布请使用右侧“审核流程”面板' : 'Publish from the review workflow panel'}
    </span>
  )
}

/** Unpublishing needs a reason and goes through the workflow too. */
export function NoUnpublishButton() {
  return null
}
