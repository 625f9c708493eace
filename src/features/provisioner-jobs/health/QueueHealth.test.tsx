import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
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
})
