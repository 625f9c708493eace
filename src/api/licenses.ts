import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { request } from './client'
import { isApiError } from './errors'
import type { AddLicenseRequest, Entitlements, License, Response as CoderResponse } from './types'

const getLicenses = (signal?: AbortSignal) => request<License[]>('/licenses', { signal })

// AGPL builds have no /entitlements route; Coder's dashboard reads that 404 as "no license".
const noLicenseEntitlements = (): Entitlements => ({
  features: {},
  warnings: [],
  errors: [],
  has_license: false,
  trial: false,
  require_telemetry: false,
  refreshed_at: new Date(0).toISOString(),
})

const getEntitlements = async (signal?: AbortSignal) => {
  try {
    return await request<Entitlements>('/entitlements', { signal })
  } catch (error) {
    if (isApiError(error) && error.status === 404) return noLicenseEntitlements()
    throw error
  }
}

export const licenseQueries = {
  all: () => ['licenses'] as const,
  list: () =>
    queryOptions({
      queryKey: [...licenseQueries.all(), 'list'],
      queryFn: ({ signal }) => getLicenses(signal),
      staleTime: 30_000,
    }),
  entitlements: () =>
    queryOptions({
      queryKey: ['entitlements'],
      queryFn: ({ signal }) => getEntitlements(signal),
      staleTime: 60_000,
      // Coder re-checks entitlements every 10 minutes; the banner follows along.
      refetchInterval: 10 * 60_000,
    }),
}

// Licenses and entitlements move together: any change to one is a change to the other.
const invalidateLicenses = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: licenseQueries.all() }),
    queryClient.invalidateQueries({ queryKey: licenseQueries.entitlements().queryKey }),
  ])

export const uploadLicenseMutation = (queryClient: QueryClient) => ({
  mutationKey: ['licenses', 'upload'],
  mutationFn: (body: AddLicenseRequest) => request<License>('/licenses', { method: 'POST', body }),
  onSuccess: () => invalidateLicenses(queryClient),
})

export const deleteLicenseMutation = (queryClient: QueryClient) => ({
  mutationKey: ['licenses', 'delete'],
  mutationFn: (id: number) => request<void>(`/licenses/${id}`, { method: 'DELETE' }),
  onSuccess: () => invalidateLicenses(queryClient),
})

export const refreshEntitlementsMutation = (queryClient: QueryClient) => ({
  mutationKey: ['licenses', 'refresh-entitlements'],
  mutationFn: () => request<CoderResponse>('/licenses/refresh-entitlements', { method: 'POST' }),
  onSuccess: () => invalidateLicenses(queryClient),
})
