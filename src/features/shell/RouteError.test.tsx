import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../api/errors'
import { renderWithProviders } from '../../test/render'
import { RouteError } from './RouteError'

function renderFailingRoute(loader: () => unknown, path = '/jobs?status=pending') {
  const root = createRootRoute({ component: () => <Outlet /> })
  const jobs = createRoute({
    getParentRoute: () => root,
    path: '/jobs',
    loader,
    component: () => <p>Jobs loaded</p>,
    errorComponent: RouteError,
  })
  const login = createRoute({
    getParentRoute: () => root,
    path: '/login',
    component: () => <p>Sign in page</p>,
  })
  const router = createRouter({
    routeTree: root.addChildren([jobs, login]),
    history: createMemoryHistory({ initialEntries: [path] }),
  })
  renderWithProviders(<RouterProvider router={router} />)
  return router
}

describe('RouteError', () => {
  it('sends a 401 to sign-in with the exact URL to come back to', async () => {
    const router = renderFailingRoute(() => {
      throw new ApiError(401, { message: 'You are signed out or your session has expired.' })
    })
    expect(await screen.findByText('Sign in page')).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/login')
    expect(router.state.location.search).toEqual({ redirect: '/jobs?status=pending' })
  })

  it("shows Coder's message and detail, and retries", async () => {
    const loader = vi
      .fn()
      .mockRejectedValueOnce(
        new ApiError(403, { message: 'Forbidden.', detail: "You don't have permission." }),
      )
      .mockResolvedValue(undefined)
    renderFailingRoute(loader)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Forbidden.')
    expect(alert).toHaveTextContent("You don't have permission.")
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('Jobs loaded')).toBeInTheDocument()
  })
})
