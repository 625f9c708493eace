import { MantineProvider } from '@mantine/core'
import { QueryClientProvider } from '@tanstack/react-query'
import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createTestQueryClient } from '../../test/render'
import { theme } from '../../theme'
import { EntitlementsBanner } from './EntitlementsBanner'

afterEach(() => vi.restoreAllMocks())

function renderBanner(body: { warnings: string[]; errors: string[] } | 404) {
  vi.spyOn(globalThis, 'fetch').mockImplementation(async () =>
    body === 404
      ? new Response(JSON.stringify({ message: 'Route not found.' }), { status: 404 })
      : new Response(JSON.stringify({ features: {}, has_license: true, ...body })),
  )
  const router = createRouter({
    routeTree: createRootRoute({
      component: () => (
        <>
          <EntitlementsBanner />
          <p>page</p>
        </>
      ),
    }),
    history: createMemoryHistory({ initialEntries: ['/'] }),
  })
  render(
    <MantineProvider theme={theme} env="test">
      <QueryClientProvider client={createTestQueryClient()}>
        <RouterProvider router={router as never} />
      </QueryClientProvider>
    </MantineProvider>,
  )
}

describe('EntitlementsBanner', () => {
  it('shows errors and warnings, folding long lists', async () => {
    renderBanner({
      errors: ['Invalid license (abc) parsing claims: no key with ID x'],
      warnings: [
        'Your license expires in 3 days.',
        'Your deployment has 12 active users but is only licensed for 10.',
      ],
    })
    expect(await screen.findByRole('alert')).toHaveTextContent('no key with ID x')
    const notice = screen.getByRole('status')
    expect(notice).toHaveTextContent('Your license expires in 3 days.')
    expect(notice).not.toHaveTextContent('12 active users')
    await userEvent.click(screen.getByRole('button', { name: 'Show 1 more' }))
    expect(notice).toHaveTextContent('12 active users')
  })

  it.each([
    ['no messages', { warnings: [], errors: [] }],
    ['a server without /entitlements (AGPL answers 404)', 404 as const],
  ])('stays out of the way with %s', async (_, body) => {
    renderBanner(body)
    await screen.findByText('page')
    await waitFor(() => expect(globalThis.fetch).toHaveBeenCalled())
    await new Promise((r) => setTimeout(r, 50))
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
