import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { provisionerDaemonQueries } from '../../api/provisionerJobs'
import { emptyFilter } from './filter'
import { useJobsData } from './useJobsData'

function renderJobsData(isLive: boolean) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('[]', { headers: { 'Content-Type': 'application/json' } })),
  )
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  )
  const hook = renderHook(() => useJobsData('coder', emptyFilter, undefined, isLive), { wrapper })
  const daemonPolling = () =>
    queryClient
      .getQueryCache()
      .find({ queryKey: provisionerDaemonQueries.list('coder').queryKey })
      ?.observers.map((o) => o.options.refetchInterval)
  return { ...hook, daemonPolling }
}

afterEach(() => vi.unstubAllGlobals())

describe('useJobsData', () => {
  it('polls the provisioner list with the jobs while the page is live', async () => {
    const { result, daemonPolling } = renderJobsData(true)
    await waitFor(() => expect(result.current.daemons.isSuccess).toBe(true))
    expect(daemonPolling()).toEqual([5_000])
  })

  it('stops polling provisioners when live is off', async () => {
    const { result, daemonPolling } = renderJobsData(false)
    await waitFor(() => expect(result.current.daemons.isSuccess).toBe(true))
    expect(daemonPolling()).toEqual([false])
  })
})
