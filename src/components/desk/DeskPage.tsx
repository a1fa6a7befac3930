import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'

/**
 * A custom admin view inside Payload's own frame (nav, header, account): Payload renders custom
 * root views bare, so each desk view wraps itself, as Payload's documentation shows.
 */
export function DeskPage({
  props,
  title,
  children,
}: {
  props: AdminViewServerProps
  title: string
  children: ReactNode
}) {
  const { initPageResult, params, searchParams } = props
  const { req, permissions, locale, visibleEntities } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <SetStepNav nav={[{ label: title }]} />
      <Gutter>
        <h1 style={{ margin: '24px 0 8px' }}>{title}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
}
