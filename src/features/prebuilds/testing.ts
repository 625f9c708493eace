import { vi } from 'vitest'
import type { DeploymentPermissions } from '../../api/authcheck'

export interface FakeRoute {
  method: string
  path: string
  status: number
  body?: unknown
}

/** Stubs fetch with fixed answers per method + path and records every request made. */
export function stubFetch(routes: FakeRoute[]) {
  const calls: { method: string; path: string; body?: unknown }[] = []
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost')
    const method = init?.method ?? 'GET'
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined
    calls.push({ method, path: url.pathname, body })
    const route = routes.find((r) => r.method === method && url.pathname === `/api/v2${r.path}`)
    if (!route)
      return new Response(JSON.stringify({ message: 'Route not found.' }), { status: 404 })
    const text = route.body === undefined ? null : JSON.stringify(route.body)
    return new Response(text, { status: route.status })
  })
  vi.stubGlobal('fetch', fetchMock)
  return calls
}

export const allDeploymentPermissions: DeploymentPermissions = {
  createOrganization: true,
  deleteOrganization: true,
  readLicenses: true,
  createLicense: true,
  deleteLicense: true,
  updateDeploymentConfig: true,
}

export const premiumError = {
  message: 'Workspace Prebuilds is a Premium feature. Contact sales!',
}
