import { MantineProvider } from '@mantine/core'
import { QueryClientProvider } from '@tanstack/react-query'
import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { License } from '../../api/types'
import { createTestQueryClient } from '../../test/render'
import { theme } from '../../theme'
import { LicensesPage } from './LicensesPage'
import { fakeLicenseClaims } from './testLicense'

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

const now = new Date()
const t = Math.floor(now.getTime() / 1000)
const stored = (id: number, claims: object): License => ({
  id,
  uuid: `uuid-${id}`,
  uploaded_at: now.toISOString(),
  claims: fakeLicenseClaims(now, claims),
})

let licensesAnswer: () => Response
let canManage = true

beforeEach(() => {
  canManage = true
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const url = String(input)
    if (url.endsWith('/licenses')) return licensesAnswer()
    if (url.endsWith('/authcheck')) {
      return json({ createLicense: canManage, deleteLicense: canManage, readLicenses: true })
    }
    if (url.endsWith('/entitlements')) {
      return json({
        features: { user_limit: { entitlement: 'entitled', enabled: true, limit: 100, actual: 7 } },
        warnings: [],
        errors: [],
        has_license: true,
        trial: false,
        require_telemetry: false,
        refreshed_at: now.toISOString(),
      })
    }
    return json({ deployment_id: 'dep' })
  })
})
afterEach(() => vi.restoreAllMocks())

function renderPage() {
  const rootRoute = createRootRoute({
    component: () => <LicensesPage adding={false} onAddingChange={() => {}} />,
  })
  const router = createRouter({
    routeTree: rootRoute,
    history: createMemoryHistory({ initialEntries: ['/'] }),
  })
  render(
    <MantineProvider theme={theme} env="test">
      <QueryClientProvider client={createTestQueryClient()}>
        {/* The page links to routes this tiny test router does not have; that is fine here. */}
        <RouterProvider router={router as never} />
      </QueryClientProvider>
    </MantineProvider>,
  )
}

describe('LicensesPage', () => {
  it("shows Coder's error with a retry that recovers", async () => {
    let calls = 0
    licensesAnswer = () =>
      ++calls === 1
        ? json({ message: 'Internal error fetching licenses.', detail: 'database is down' }, 500)
        : json([stored(1, {})])
    renderPage()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Internal error fetching licenses.')
    expect(alert).toHaveTextContent('database is down')
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('article', { name: 'License 1' })).toBeInTheDocument()
  })

  it('puts the license in force first and shows users against its limit', async () => {
    licensesAnswer = () =>
      json([
        stored(1, { license_expires: t - 30 * 86_400, exp: t - 20 * 86_400 }),
        stored(2, {
          nbf: t + 10 * 86_400,
          license_expires: t + 400 * 86_400,
          exp: t + 407 * 86_400,
        }),
        stored(3, {}),
      ])
    renderPage()
    await screen.findByRole('article', { name: 'License 3' })
    const order = screen.getAllByRole('article').map((a) => a.getAttribute('aria-label'))
    expect(order).toEqual(['License 3', 'License 2', 'License 1'])
    const inForce = screen.getByRole('article', { name: 'License 3' })
    expect(inForce).toHaveTextContent('7 of 100 users')
    expect(inForce).toHaveTextContent('Active')
    expect(screen.getByRole('article', { name: 'License 1' })).toHaveTextContent('Expired')
    expect(screen.getByRole('article', { name: 'License 2' })).toHaveTextContent('Not yet valid')
  })

  it('explains the empty state and offers the upload form to owners', async () => {
    licensesAnswer = () => json([])
    renderPage()
    expect(await screen.findByText('No licenses yet')).toBeInTheDocument()
    expect(await screen.findByLabelText('License text')).toBeInTheDocument()
  })

  it('disables changes for users who may not make them, saying why', async () => {
    canManage = false
    licensesAnswer = () => json([])
    renderPage()
    expect(await screen.findByText('Only deployment owners can add licenses.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Add a license' })).toBeDisabled()
    expect(screen.queryByLabelText('License text')).not.toBeInTheDocument()
  })
})
