import type { QueryClient } from '@tanstack/react-query'
import { createRouter } from '@tanstack/react-router'
import { createElement } from 'react'
import { PendingState } from './components/PendingState'
import { RouteError } from './features/shell/RouteError'
import { RouteNotFound } from './features/shell/RouteNotFound'
import { routeTree } from './routeTree.gen'

export interface RouterContext {
  queryClient: QueryClient
}

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    // Query decides freshness; the router only asks.
    defaultPreloadStaleTime: 0,
    // Short loads keep the old page; longer ones show a skeleton instead of a frozen screen.
    defaultPendingMs: 300,
    defaultPendingMinMs: 200,
    defaultPendingComponent: PendingState,
    defaultErrorComponent: RouteError,
    defaultNotFoundComponent: () => createElement(RouteNotFound),
    scrollRestoration: true,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
  interface StaticDataRouteOption {
    /** Breadcrumb and page-title label; a function gets the route's params. */
    crumb?: string | ((params: Record<string, string>) => string)
  }
}
