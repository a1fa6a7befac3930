'use client'
import {
  Button,
  ConfirmationModal,
  toast,
  useAuth,
  useConfig,
  useDocumentInfo,
  useForm,
  useLocale,
  useModal,
  useTranslation,
} from '@payloadcms/ui'
import { useCallback } from 'react'
import { canEditContent } from '../../access/roles.js'
import { langOf, ui } from './labels.js'

/**
 * Payload's document status line (Draft / Published / Changed) on the workflow collections, with
 * "Revert to published" routed through the workflow (POST …/workflow-revert, src/workflow/revert.ts)
 * and offered only to whoever may edit content. Payload's own button re-saved the published
 * document as a publishing write, which the publish guard refused with a developer's hint.
 */
export function WorkflowStatus() {
  const {
    id,
    collectionSlug,
    hasPublishedDoc,
    incrementVersionCount,
    isTrashed,
    setLastUpdateTime,
    setMostRecentVersionIsAutosaved,
    setUnpublishedVersionCount,
    unpublishedVersionCount,
  } = useDocumentInfo()
  const { reset } = useForm()
  const { code: locale } = useLocale()
  const { config } = useConfig()
  const { user } = useAuth()
  const { i18n, t } = useTranslation()
  const { toggleModal } = useModal()
  const lang = langOf(i18n.language)
  const modalSlug = `confirm-workflow-revert-${id}`

  const revert = useCallback(async () => {
    const doc = `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${id}`
    const headers = { 'accept-language': lang }
    const response = await fetch(`${doc}/workflow-revert`, {
      method: 'POST',
      credentials: 'include',
      headers,
    })
    const body: { message?: string } = await response.json().catch(() => ({}))
    if (!response.ok) {
      toast.error(body.message ?? `${ui('revertFailed', lang)} (HTTP ${response.status})`)
      return
    }
    // As Payload's own revert: the form takes the restored document, the status line its counts;
    // the new update time makes the workflow panel read its state again.
    const restored = await fetch(
      `${doc}?draft=true&depth=0&locale=${locale}&fallback-locale=null`,
      { credentials: 'include', headers },
    )
    if (restored.ok) await reset(await restored.json())
    incrementVersionCount()
    setMostRecentVersionIsAutosaved(false)
    setUnpublishedVersionCount(0)
    setLastUpdateTime(Date.now())
    toast.success(body.message ?? ui('reverted', lang))
  }, [
    collectionSlug,
    config.routes.api,
    config.serverURL,
    id,
    incrementVersionCount,
    lang,
    locale,
    reset,
    setLastUpdateTime,
    setMostRecentVersionIsAutosaved,
    setUnpublishedVersionCount,
  ])

  const status = !hasPublishedDoc ? 'draft' : unpublishedVersionCount > 0 ? 'changed' : 'published'
  const shown = isTrashed ? (hasPublishedDoc ? 'previouslyPublished' : 'previouslyDraft') : status
  const offerRevert = !isTrashed && status === 'changed' && canEditContent(user)
  return (
    <div className="status" title={`${t('version:status')}: ${t(`version:${shown}`)}`}>
      <div className="status__value-wrap">
        <span className="status__label">{t('version:status')}: </span>
        <span className="status__value">{t(`version:${shown}`)}</span>
        {offerRevert ? (
          <>
            {' — '}
            <Button
              buttonStyle="none"
              className="status__action"
              id="action-revert-to-published"
              onClick={() => toggleModal(modalSlug)}
            >
              {t('version:revertToPublished')}
            </Button>
            <ConfirmationModal
              body={t('version:aboutToRevertToPublished')}
              confirmingLabel={t('version:reverting')}
              heading={t('version:confirmRevertToSaved')}
              modalSlug={modalSlug}
              onConfirm={revert}
            />
          </>
        ) : null}
      </div>
    </div>
  )
}
