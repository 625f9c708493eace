import { notifications } from '@mantine/notifications'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../../api/errors'
import { emptyFilter } from '../../../api/provisionerJobFilter'
import type { CancelTransport } from '../../../api/provisionerJobs'
import type { ProvisionerJob } from '../../../api/types'
import { createTestQueryClient, renderWithProviders } from '../../../test/render'
import { useBulkCancel } from '../bulk/useBulkCancel'
import { useJobSelection } from '../selection/useJobSelection'
import { BulkActionsBar } from './BulkActionsBar'
import { job, seedBulkQueries } from './testing'

afterEach(() => {
  vi.restoreAllMocks()
  notifications.clean()
})

const ok = Array.from({ length: 5 }, () => job({ status: 'pending' }))
const completed = job({ status: 'pending' })
const forbidden = job({ status: 'pending' })
const broken = job({ status: 'pending' })
const jobs = [
  ...ok,
  completed,
  forbidden,
  broken,
  job({ status: 'succeeded' }),
  job({ status: 'running' }),
]

function fakeTransport(failing: Set<string>): CancelTransport {
  return {
    list: async () => [],
    cancel: async (j: ProvisionerJob) => {
      if (j.id === completed.id) throw new ApiError(400, { message: 'Job has already completed!' })
      if (j.id === forbidden.id) throw new ApiError(403, { message: 'Forbidden.' })
      if (failing.has(j.id)) throw new ApiError(404, { message: 'Resource not found' })
    },
  }
}

function Harness({ transport }: { transport: CancelTransport }) {
  const bulk = useBulkCancel('coder', transport)
  const selection = useJobSelection(jobs, 'filter')
  return (
    <>
      <button type="button" onClick={selection.toggleAllVisible}>
        Select all visible
      </button>
      <BulkActionsBar
        organization="coder"
        filter={emptyFilter}
        jobs={jobs}
        selection={selection}
        bulk={bulk}
      />
    </>
  )
}

function setup(seed: Parameters<typeof seedBulkQueries>[1] = {}) {
  const failing = new Set([broken.id])
  const queryClient = createTestQueryClient()
  seedBulkQueries(queryClient, { paused: true, ...seed })
  const show = vi.spyOn(notifications, 'show')
  const user = userEvent.setup()
  renderWithProviders(<Harness transport={fakeTransport(failing)} />, { queryClient })
  return { failing, show, user }
}

describe('BulkActionsBar', { timeout: 30_000 }, () => {
  it('cancels all matching, reports totals that add up, and retries the failed', async () => {
    const { failing, show, user } = setup()
    await user.click(screen.getByRole('button', { name: 'Select all visible' }))
    await user.click(screen.getByRole('button', { name: 'Select all 10 matching this filter' }))
    expect(screen.getByText(/All 10 jobs matching this filter are selected/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Cancel 10 jobs' }))
    const confirm = await screen.findByRole('dialog', { name: 'Cancel 10 selected jobs?' })
    await user.click(within(confirm).getByRole('button', { name: 'Cancel 8 jobs' }))

    expect(await screen.findByRole('button', { name: 'View report' })).toBeInTheDocument()
    expect(show).toHaveBeenCalledTimes(1)
    expect(show.mock.calls[0][0].title).toBe('Canceled 5 of 10 jobs')
    expect(screen.getByText('No jobs selected')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'View report' }))
    const report = await screen.findByRole('dialog', { name: 'Bulk cancel report' })
    const totals = within(report).getByLabelText('Totals')
    const numbers = (label: string) =>
      Number(
        within(totals)
          .getByText(new RegExp(`^${label} \\d+$`))
          .textContent?.split(' ')
          .pop(),
      )
    const parts = ['Canceled', 'Skipped', 'Failed', 'Not allowed', 'Aborted'].map(numbers)
    expect(parts).toEqual([5, 3, 1, 1, 0])
    expect(numbers('Total')).toBe(10)
    const notCanceled = within(report).getByRole('table', { name: 'Jobs not canceled' })
    expect(within(notCanceled).getAllByRole('row')).toHaveLength(1 + 5)
    expect(within(notCanceled).getByText('Forbidden.')).toBeInTheDocument()
    expect(within(notCanceled).getByText('already completed')).toBeInTheDocument()

    await user.click(within(report).getByRole('button', { name: 'Copy as CSV' }))
    const csv = (await navigator.clipboard.readText()).trim().split('\r\n')
    expect(csv).toHaveLength(11)
    expect(csv[0]).toMatch(/^id,type,/)
    await user.click(within(report).getByRole('button', { name: 'Copy as JSON' }))
    expect(JSON.parse(await navigator.clipboard.readText())).toHaveLength(10)

    failing.clear()
    await user.click(within(report).getByRole('button', { name: 'Retry 1 failed' }))
    await vi.waitFor(() => expect(show).toHaveBeenCalledTimes(2))
    expect(show.mock.calls[1][0].title).toBe('Canceled 6 of 10 jobs')
  })

  it('is disabled, with the reason, for users who may not cancel', async () => {
    setup({ canCancel: false })
    expect(await screen.findByText(/You may not cancel provisioner jobs/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Cancel selected jobs' })).toBeDisabled()
    expect(screen.getByRole('button', { name: 'Cancel everything matching…' })).toBeDisabled()
  })
})
