import { notifications } from '@mantine/notifications'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { permissionQueries } from '../../api/authcheck'
import { prebuildQueries } from '../../api/prebuilds'
import { createTestQueryClient, renderWithProviders } from '../../test/render'
import { PrebuildsPausedBanner } from './PrebuildsPausedBanner'
import { PrebuildsReconciliationControl } from './PrebuildsReconciliationControl'
import { allDeploymentPermissions, premiumError, stubFetch, type FakeRoute } from './testing'

afterEach(() => {
  vi.unstubAllGlobals()
  notifications.clean()
})

function setup(
  routes: FakeRoute[],
  { paused, canUpdate = true }: { paused?: boolean; canUpdate?: boolean } = {},
) {
  const calls = stubFetch(routes)
  const queryClient = createTestQueryClient()
  if (paused !== undefined) {
    queryClient.setQueryData(prebuildQueries.settings().queryKey, {
      reconciliation_paused: paused,
    })
  }
  queryClient.setQueryData(permissionQueries.deployment().queryKey, {
    ...allDeploymentPermissions,
    updateDeploymentConfig: canUpdate,
  })
  const ui = (
    <>
      <PrebuildsPausedBanner />
      <PrebuildsReconciliationControl />
    </>
  )
  return { calls, user: userEvent.setup(), ...renderWithProviders(ui, { queryClient }) }
}

const control = () => screen.getByRole('region', { name: 'Prebuild reconciliation' })

describe('PrebuildsReconciliationControl', { timeout: 30_000 }, () => {
  it('pauses after confirmation and shows the new state app-wide', async () => {
    const { calls, user } = setup(
      [
        {
          method: 'PUT',
          path: '/prebuilds/settings',
          status: 200,
          body: { reconciliation_paused: true },
        },
      ],
      { paused: false },
    )
    expect(within(control()).getByText('Running')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Pause reconciliation' }))
    const dialog = await screen.findByRole('dialog', { name: 'Pause prebuild reconciliation?' })
    expect(calls).toHaveLength(0)
    await user.click(within(dialog).getByRole('button', { name: 'Pause reconciliation' }))

    expect(await screen.findByText('Prebuild reconciliation paused')).toBeInTheDocument()
    expect(calls).toEqual([
      { method: 'PUT', path: '/api/v2/prebuilds/settings', body: { reconciliation_paused: true } },
    ])
    expect(within(control()).getByText('Paused')).toBeInTheDocument()
    expect(screen.getByText('Prebuild reconciliation is paused.')).toBeInTheDocument()
  })

  it('says "already paused" when Coder answers 304', async () => {
    const { user } = setup([{ method: 'PUT', path: '/prebuilds/settings', status: 304 }], {
      paused: false,
    })
    await user.click(screen.getByRole('button', { name: 'Pause reconciliation' }))
    const dialog = await screen.findByRole('dialog')
    await user.click(within(dialog).getByRole('button', { name: 'Pause reconciliation' }))
    expect(await screen.findByText('Reconciliation was already paused')).toBeInTheDocument()
    expect(within(control()).getByText('Paused')).toBeInTheDocument()
  })

  it('keeps the state and shows Coder’s message when the change is refused', async () => {
    const forbidden = { message: 'Forbidden.', detail: 'You may not.' }
    const { user } = setup(
      [
        { method: 'PUT', path: '/prebuilds/settings', status: 403, body: forbidden },
        {
          method: 'GET',
          path: '/prebuilds/settings',
          status: 200,
          body: { reconciliation_paused: true },
        },
      ],
      { paused: true },
    )
    await user.click(within(control()).getByRole('button', { name: 'Resume reconciliation' }))
    const dialog = await screen.findByRole('dialog', { name: 'Resume prebuild reconciliation?' })
    await user.click(within(dialog).getByRole('button', { name: 'Resume reconciliation' }))
    expect(await screen.findByText('Could not resume reconciliation')).toBeInTheDocument()
    expect(screen.getByText('Forbidden. You may not.')).toBeInTheDocument()
    expect(within(control()).getByText('Paused')).toBeInTheDocument()
  })

  it('explains the missing Premium feature instead of failing, and hides the banner', async () => {
    setup([{ method: 'GET', path: '/prebuilds/settings', status: 403, body: premiumError }])
    expect(await within(control()).findByText('Not available')).toBeInTheDocument()
    expect(
      within(control()).getByText(/Workspace Prebuilds is a Premium feature/),
    ).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /reconciliation/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(screen.queryByText('Prebuild reconciliation is paused.')).not.toBeInTheDocument()
  })

  it('disables the action for users who may not change deployment config', async () => {
    setup([], { paused: true, canUpdate: false })
    expect(within(control()).getByRole('button', { name: 'Resume reconciliation' })).toBeDisabled()
    // The banner still informs, but offers no action.
    expect(screen.getByText('Prebuild reconciliation is paused.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Resume' })).not.toBeInTheDocument()
  })

  it('resumes from the banner', async () => {
    const { calls, user } = setup(
      [
        {
          method: 'PUT',
          path: '/prebuilds/settings',
          status: 200,
          body: { reconciliation_paused: false },
        },
      ],
      { paused: true },
    )
    await user.click(screen.getByRole('button', { name: 'Resume' }))
    const dialog = await screen.findByRole('dialog', { name: 'Resume prebuild reconciliation?' })
    await user.click(within(dialog).getByRole('button', { name: 'Resume reconciliation' }))
    await waitFor(() =>
      expect(screen.queryByText('Prebuild reconciliation is paused.')).not.toBeInTheDocument(),
    )
    expect(calls.at(-1)?.body).toEqual({ reconciliation_paused: false })
  })
})
