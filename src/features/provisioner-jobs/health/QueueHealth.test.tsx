import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { ProvisionerJob } from '../../../api/types'
import { MockProvisionerJob } from '../selection/mockJobs'
import { renderWithProviders } from '../../../test/render'
import { QueueHealth } from './QueueHealth'
import { summarizeQueue } from './queueHealth'

const nowMs = Date.UTC(2026, 0, 1, 10, 10)

describe('QueueHealth', () => {
  it('labels the pending sparkline with the current count and its change', () => {
    renderWithProviders(
      <QueueHealth
        summary={summarizeQueue([], [], [])}
        history={[
          { at: nowMs - 3 * 60_000, pending: 20 },
          { at: nowMs, pending: 12 },
        ]}
        nowMs={nowMs}
        hasDaemons
        hasQueue
      />,
    )
    expect(
      screen.getByRole('img', {
        name: 'Pending jobs: 12 now, down 8 from 20 over the last 3m 0s',
      }),
    ).toBeInTheDocument()
  })

  it('warns when stuck jobs sit ahead of takeable ones in the queue', () => {
    const queued = (id: string, position: number, workers?: string[]): ProvisionerJob => ({
      ...MockProvisionerJob,
      id,
      status: 'pending',
      queue_position: position,
      available_workers: workers,
    })
    const renderQueue = (pending: ProvisionerJob[]) =>
      renderWithProviders(
        <QueueHealth
          summary={summarizeQueue(pending, pending, [])}
          history={[]}
          nowMs={nowMs}
          hasDaemons
          hasQueue
        />,
      )
    const provisioners = () => screen.getByRole('group', { name: 'Provisioners' })
    const pending = [queued('a', 1), queued('b', 2), queued('c', 3, ['d1'])]
    const { unmount } = renderQueue(pending)
    expect(provisioners()).toHaveTextContent('2 stuck jobs ahead inflate queue positions')
    unmount()
    renderQueue(pending.map((j) => ({ ...j, available_workers: ['d1'] })))
    expect(provisioners()).not.toHaveTextContent(/stuck/)
  })
})
