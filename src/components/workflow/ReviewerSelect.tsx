'use client'
import { useEffect, useState, type ChangeEvent } from 'react'
import { panelInput } from './panel-styles.js'

export interface Reviewer {
  id: string | number
  name: string
}

/** The users who may be assigned a review (GET /api/workflow/reviewers); none when the call is refused. */
export function useReviewers(api: string): Reviewer[] {
  const [reviewers, setReviewers] = useState<Reviewer[]>([])
  useEffect(() => {
    void fetch(`${api}/workflow/reviewers`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body: { docs: Reviewer[] }) => setReviewers(body.docs))
  }, [api])
  return reviewers
}

/** A choice of reviewer to assign, with an empty first option for "no one". */
export function ReviewerSelect({
  reviewers,
  value,
  onChange,
  emptyLabel,
  testId,
}: {
  reviewers: Reviewer[]
  value: string
  onChange: (event: ChangeEvent<HTMLSelectElement>) => void
  emptyLabel: string
  testId: string
}) {
  return (
    <select style={panelInput} value={value} onChange={onChange} data-testid={testId}>
      <option value="">{emptyLabel}</option>
      {reviewers.map((reviewer) => (
        <option key={reviewer.id} value={String(reviewer.id)}>
          {reviewer.name}
        </option>
      ))}
    </select>
  )
}
