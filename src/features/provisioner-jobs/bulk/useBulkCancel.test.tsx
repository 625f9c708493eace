import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { emptyFilter } from '../filter'
import type { CancelTransport } from './engine'
import { apiError, fakeTransport, jobId, makeJob, makeJobs } from './testing'
import { useBulkCancel } from './useBulkCancel'

function setup(transport: CancelTransport) {
  const queryClient = new QueryClient()
  const invalidate = vi.spyOn(queryClient, 'invalidateQueries')
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  )
  const hook = renderHook(() => useBulkCancel('coder', transport, { baseDelayMs: 1 }), { wrapper })
  return { ...hook, invalidate }
}

describe('useBulkCancel', () => {
  it('runs a selection, reports progress per job and refreshes jobs and daemons at the end', async () => {
    const fake = fakeTransport((job) => (job.id === jobId(2) ? apiError(403, 'Forbidden.') : 'ok'))
    const { result, invalidate } = setup(fake.transport)
    act(() => result.current.start(makeJobs(5)))
    expect(result.current.state).toMatchObject({ phase: 'running', mode: 'selection', total: 5 })
    await waitFor(() => expect(result.current.state.phase).toBe('done'))
    const { state } = result.current
    expect(state.counts).toEqual({ canceled: 4, skipped: 0, failed: 0, not_allowed: 1, aborted: 0 })
    expect(state.outcomes).toHaveLength(5)
    expect(state.byJobId.get(jobId(2))?.result).toBe('not_allowed')
    expect(state.ratePerSecond).toBeGreaterThan(0)
    expect(invalidate.mock.calls.map(([f]) => f?.queryKey)).toEqual([
      ['provisionerJobs'],
      ['provisionerDaemons'],
    ])
  })

  it('retryFailed re-runs only failed and aborted jobs and keeps the other outcomes', async () => {
    let healthy = false
    const fake = fakeTransport((job) =>
      !healthy && job.id === jobId(3)
        ? apiError(500, 'Internal error canceling workspace build.')
        : 'ok',
    )
    const { result } = setup(fake.transport)
    act(() => result.current.start(makeJobs(3), { concurrency: 1 }))
    await waitFor(() => expect(result.current.state.phase).toBe('done'))
    expect(result.current.state.counts.failed).toBe(1)
    const before = fake.calls.length
    healthy = true
    act(() => result.current.retryFailed())
    await waitFor(() => expect(result.current.state.phase).toBe('done'))
    expect(fake.calls.slice(before).map((c) => c.jobId)).toEqual([jobId(3)])
    expect(result.current.state.counts).toMatchObject({ canceled: 3, failed: 0 })
    expect(result.current.state.total).toBe(3)
  })

  it('abort ends the run as aborted with every job accounted for', async () => {
    const fake = fakeTransport(() => 'hang')
    const { result } = setup(fake.transport)
    act(() => result.current.start(makeJobs(20), { concurrency: 2 }))
    await waitFor(() => expect(fake.calls.length).toBe(2))
    act(() => result.current.abort())
    await waitFor(() => expect(result.current.state.phase).toBe('aborted'))
    expect(result.current.state.counts.aborted).toBe(20)
    expect(fake.calls).toHaveLength(2)
  })

  it('drains with a growing total and the engine message', async () => {
    const jobs = [makeJob(1), makeJob(2, { status: 'running' })]
    const transport: CancelTransport = {
      list: async (_org, filter) => jobs.filter((j) => filter.status.includes(j.status)),
      cancel: async (job) => {
        jobs.find((j) => j.id === job.id)!.status = 'canceled'
      },
    }
    const { result } = setup(transport)
    act(() => result.current.startDrain({ ...emptyFilter, status: ['pending', 'running'] }))
    expect(result.current.state.mode).toBe('drain')
    await waitFor(() => expect(result.current.state.phase).toBe('done'))
    expect(result.current.state.total).toBe(1)
    expect(result.current.state.counts.canceled).toBe(1)
    expect(result.current.state.message).toMatch(/Canceled 1 job in 2 rounds/)
    expect(jobs[1].status).toBe('running')
  })
})
