import { describe, expect, it, vi } from 'vitest'
import { createQueryClient } from './queryClient'

class StatusError extends Error {
  constructor(readonly status: number) {
    super(`status ${status}`)
  }
}

const failWith = (status: number) => () => Promise.reject(new StatusError(status))

describe('createQueryClient', () => {
  it('reports a 401 from any query, including a loader-style fetch', async () => {
    const onUnauthorized = vi.fn()
    const client = createQueryClient({ onUnauthorized })
    await expect(client.fetchQuery({ queryKey: ['a'], queryFn: failWith(401) })).rejects.toThrow()
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
  })

  it('reports a 401 from a mutation', async () => {
    const onUnauthorized = vi.fn()
    const client = createQueryClient({ onUnauthorized })
    const mutation = client.getMutationCache().build(client, { mutationFn: failWith(401) })
    await expect(mutation.execute(undefined)).rejects.toThrow()
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
  })

  it('leaves other errors alone and does not retry 4xx', async () => {
    const onUnauthorized = vi.fn()
    const client = createQueryClient({ onUnauthorized })
    const queryFn = vi.fn(failWith(403))
    await expect(client.fetchQuery({ queryKey: ['b'], queryFn })).rejects.toThrow()
    expect(onUnauthorized).not.toHaveBeenCalled()
    expect(queryFn).toHaveBeenCalledTimes(1)
  })

  it('raises a background error only when data is already on screen', async () => {
    const onBackgroundError = vi.fn()
    const client = createQueryClient({ onBackgroundError })
    await expect(client.fetchQuery({ queryKey: ['c'], queryFn: failWith(404) })).rejects.toThrow()
    expect(onBackgroundError).not.toHaveBeenCalled()
    client.setQueryData(['d'], 'old')
    await expect(
      client.fetchQuery({ queryKey: ['d'], queryFn: failWith(404), staleTime: 0 }),
    ).rejects.toThrow()
    expect(onBackgroundError).toHaveBeenCalledTimes(1)
    expect(client.getQueryData(['d'])).toBe('old')
  })
})
