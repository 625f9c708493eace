import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createTestQueryClient, renderWithProviders } from '../../../test/render'
import { stubFetch } from '../../prebuilds/testing'
import { CancelJobsConfirmModal } from './CancelJobsConfirmModal'
import { job, seedBulkQueries } from './testing'

afterEach(() => vi.unstubAllGlobals())

const HUMAN = '20000000-0000-4000-8000-000000000001'
const selected = [
  job({ status: 'pending' }),
  job({ status: 'pending' }),
  job({ status: 'pending', initiator_id: HUMAN }),
  job({ status: 'pending', type: 'template_version_import', input: { template_version_id: 'tv' } }),
  job({ status: 'running' }),
  job({ status: 'running', initiator_id: HUMAN }),
  job({ status: 'succeeded' }),
  job({ status: 'failed', type: 'template_version_dry_run', input: { template_version_id: 'tv' } }),
]

function setup(jobs = selected, seed: Parameters<typeof seedBulkQueries>[1] = {}) {
  const queryClient = createTestQueryClient()
  seedBulkQueries(queryClient, seed)
  const onConfirm = vi.fn()
  renderWithProviders(
    <CancelJobsConfirmModal opened jobs={jobs} onClose={() => {}} onConfirm={onConfirm} />,
    { queryClient },
  )
  return { onConfirm, user: userEvent.setup() }
}

const cells = (rowName: RegExp) =>
  within(screen.getByRole('row', { name: rowName }))
    .getAllByRole('cell')
    .map((c) => c.textContent)

describe('CancelJobsConfirmModal', { timeout: 30_000 }, () => {
  it('summarizes the selection by type and by pending / running / finished', () => {
    setup()
    expect(screen.getByRole('dialog', { name: 'Cancel 8 selected jobs?' })).toBeInTheDocument()
    expect(cells(/^Workspace builds/)).toEqual(['3', '2', '1'])
    expect(cells(/^Template imports/)).toEqual(['1', '0', '0'])
    expect(cells(/^Dry runs/)).toEqual(['0', '0', '1'])
    const total = screen.getByRole('row', { name: /^Total/ })
    expect(
      within(total)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['4', '2', '2'])
    expect(within(total).getByRole('rowheader')).toHaveTextContent('Total')
    expect(screen.getByText(/4 pending jobs will be canceled/)).toBeInTheDocument()
    expect(screen.getByText('2 running jobs will be skipped.')).toBeInTheDocument()
    expect(screen.getByText(/2 finished jobs will be skipped/)).toBeInTheDocument()
  })

  it('leaves running jobs alone unless the opt-in is checked', async () => {
    const { onConfirm, user } = setup()
    const optIn = screen.getByRole('checkbox', { name: /Also cancel running jobs/ })
    expect(optIn).not.toBeChecked()
    expect(screen.getByRole('button', { name: 'Cancel 4 jobs' })).toBeEnabled()
    await user.click(optIn)
    expect(screen.getByText(/2 running jobs will be stopped/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Cancel 6 jobs' }))
    expect(onConfirm).toHaveBeenCalledWith({ includeRunning: true })
  })

  it('has nothing to cancel when every selected job has finished', () => {
    setup([job({ status: 'succeeded' }), job({ status: 'canceled' })])
    expect(screen.getByRole('button', { name: 'Nothing to cancel' })).toBeDisabled()
    expect(screen.getByRole('checkbox', { name: /Also cancel running jobs/ })).toBeDisabled()
  })

  it('warns while reconciliation runs and pauses it in one click', async () => {
    const calls = stubFetch([
      {
        method: 'PUT',
        path: '/prebuilds/settings',
        status: 200,
        body: { reconciliation_paused: true },
      },
    ])
    const { user } = setup()
    expect(screen.getByText('Prebuild reconciliation is running')).toBeInTheDocument()
    expect(screen.getByText(/6 of these jobs are prebuilds/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Pause reconciliation' }))
    await waitFor(() =>
      expect(screen.getByText('Prebuild reconciliation is paused')).toBeInTheDocument(),
    )
    expect(calls).toEqual([
      { method: 'PUT', path: '/api/v2/prebuilds/settings', body: { reconciliation_paused: true } },
    ])
  })

  it('tells users who may not pause whom to ask', () => {
    setup(selected, { canPause: false })
    expect(screen.queryByRole('button', { name: 'Pause reconciliation' })).not.toBeInTheDocument()
    expect(screen.getByText('Only an owner can pause it.')).toBeInTheDocument()
  })
})
