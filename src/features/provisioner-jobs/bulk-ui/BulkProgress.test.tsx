import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { renderWithProviders } from '../../../test/render'
import { countOutcomes, type CancelOutcome } from '../bulk/engine'
import { BulkProgress } from './BulkProgress'
import { job } from './testing'
import type { BulkCancelState } from './types'

const outcomes: CancelOutcome[] = [
  { job: job(), result: 'canceled', attempts: 1 },
  { job: job(), result: 'canceled', attempts: 1 },
  { job: job(), result: 'skipped', reason: 'already succeeded', attempts: 0 },
  { job: job(), result: 'failed', reason: '503', attempts: 5 },
]

const state: BulkCancelState = {
  phase: 'running',
  mode: 'selection',
  total: 10,
  counts: countOutcomes(outcomes),
  ratePerSecond: 2.5,
  outcomes,
  byJobId: new Map(outcomes.map((o) => [o.job.id, o])),
}

describe('BulkProgress', { timeout: 30_000 }, () => {
  it('shows how far the run is, per result, with the rate, and aborts', async () => {
    const onAbort = vi.fn()
    renderWithProviders(<BulkProgress state={state} onAbort={onAbort} />)
    expect(screen.getByRole('status')).toHaveTextContent('Canceling jobs: 4 of 10 handled')
    expect(screen.getByText('Canceled:')).toHaveTextContent('Canceled: 2')
    expect(screen.getByText('Skipped:')).toHaveTextContent('Skipped: 1')
    expect(screen.getByText('Failed:')).toHaveTextContent('Failed: 1')
    expect(screen.getByText('2.5 jobs/s')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Abort' }))
    expect(onAbort).toHaveBeenCalledTimes(1)
  })
})
