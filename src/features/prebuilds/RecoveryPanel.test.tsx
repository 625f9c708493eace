import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { provisionerJobQueries } from '../../api/provisionerJobs'
import { createTestQueryClient, renderWithProviders } from '../../test/render'
import { idleBulkCancelState } from '../provisioner-jobs/bulk/useBulkCancel'
import { job, seedBulkQueries } from '../provisioner-jobs/bulk-ui/testing'
import type { BulkCancelController } from '../provisioner-jobs/bulk-ui/types'
import { pendingPrebuildsFilter } from './floodRunbook'
import { RecoveryPanel } from './RecoveryPanel'

const template = (name: string) => ({
  template_name: name,
  template_display_name: name.toUpperCase(),
  template_version_name: 'v1',
  template_id: name,
  template_icon: '',
})

function fakeBulk(): BulkCancelController {
  return {
    state: idleBulkCancelState,
    start: vi.fn(),
    startDrain: vi.fn(),
    abort: vi.fn(),
    retryFailed: vi.fn(),
    reset: vi.fn(),
  }
}

function setup() {
  const queryClient = createTestQueryClient()
  seedBulkQueries(queryClient, { paused: true })
  const jobs = [
    ...Array.from({ length: 5 }, () => job({ metadata: template('docker') })),
    ...Array.from({ length: 2 }, () => job({ metadata: template('k8s') })),
  ]
  queryClient.setQueryData(provisionerJobQueries.list('coder', pendingPrebuildsFilter).queryKey, {
    jobs,
    initiatorFilteredInBrowser: false,
    limit: 10_000,
    serverCount: jobs.length,
  })
  const bulk = fakeBulk()
  renderWithProviders(<RecoveryPanel organization="coder" bulk={bulk} />, { queryClient })
  return { bulk, user: userEvent.setup() }
}

describe('RecoveryPanel', { timeout: 30_000 }, () => {
  it('shows each step with its live state and runs the drain for pending prebuilds', async () => {
    const { bulk, user } = setup()
    await user.click(screen.getByRole('button', { name: /Recover from a prebuild flood/ }))
    const step = (n: number) => screen.getByRole('group', { name: new RegExp(`^Step ${n}:`) })
    // Collapse opens over animation frames.
    await screen.findByRole('group', { name: /^Step 1:/ })

    expect(step(1)).toHaveTextContent('Paused: no new prebuild jobs are created.')
    expect(within(step(1)).getByRole('button', { name: 'Pause reconciliation' })).toBeDisabled()
    expect(step(2)).toHaveTextContent('7 pending prebuild jobs now.')
    expect(step(3)).toHaveTextContent('DOCKER (5 of 7), K8S (2 of 7)')
    expect(within(step(3)).getByLabelText('Push command')).toHaveTextContent(
      'coder templates push docker -d ./docker --org coder',
    )
    await user.click(within(step(3)).getByText('K8S'))
    expect(within(step(3)).getByLabelText('Push command')).toHaveTextContent(
      'coder templates push k8s -d ./k8s --org coder',
    )
    expect(within(step(4)).getByRole('button', { name: 'Resume reconciliation' })).toBeEnabled()

    await user.click(within(step(2)).getByRole('button', { name: 'Cancel pending prebuild jobs' }))
    const dialog = await screen.findByRole('dialog', { name: 'Cancel all pending prebuild jobs?' })
    expect(bulk.startDrain).not.toHaveBeenCalled()
    await user.click(within(dialog).getByRole('button', { name: 'Cancel pending prebuild jobs' }))
    expect(bulk.startDrain).toHaveBeenCalledWith(pendingPrebuildsFilter)
  })
})
