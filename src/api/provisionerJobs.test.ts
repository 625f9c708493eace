import { QueryClient } from '@tanstack/react-query'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from './errors'
import { emptyFilter, type JobFilter } from './provisionerJobFilter'
import {
  cancelProvisionerJobMutation,
  provisionerDaemonQueries,
  provisionerJobQueries,
  provisionerJobsTransport,
  reachedServerLimit,
  resetServerCapabilities,
} from './provisionerJobs'
import { PrebuildsSystemUserID, type ProvisionerJob } from './types'

const aliceId = '11111111-2222-4333-8444-555555555555'
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  })

function job(n: number, overrides: Partial<ProvisionerJob> = {}): ProvisionerJob {
  return {
    id: `00000000-0000-4000-8000-00000000000${n}`,
    created_at: '2026-01-01T00:00:00.000000Z',
    status: 'pending',
    file_id: '00000000-0000-4000-8000-0000000000ff',
    tags: { scope: 'organization', owner: '' },
    queue_position: n,
    queue_size: 9,
    organization_id: '00000000-0000-4000-8000-0000000000aa',
    initiator_id: aliceId,
    input: { workspace_build_id: `00000000-0000-4000-8000-00000000010${n}` },
    type: 'workspace_build',
    metadata: {
      template_version_name: 'v1',
      template_id: '00000000-0000-4000-8000-0000000000bb',
      template_name: 'docker',
      template_display_name: 'Docker',
      template_icon: '',
    },
    logs_overflowed: false,
    ...overrides,
  }
}

const oldServerAnswer = () =>
  json(400, {
    message: 'Invalid query parameters.',
    validations: [{ field: 'initiator', detail: '"initiator" is not a valid query param' }],
  })

type Route = (url: URL, init: RequestInit) => Response | undefined

function mockFetch(route: Route) {
  const calls: { method: string; url: URL }[] = []
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://console.test')
    calls.push({ method: init.method ?? 'GET', url })
    return route(url, init) ?? json(404, { message: 'Route not found.' })
  })
  vi.stubGlobal('fetch', fetchMock)
  return calls
}

const list = (organization: string, filter: JobFilter, limit?: number) =>
  new QueryClient().fetchQuery(provisionerJobQueries.list(organization, filter, { limit }))

beforeEach(() => resetServerCapabilities())
afterEach(() => vi.unstubAllGlobals())

describe('provisionerJobQueries.list', () => {
  it('sends status, ids, tags, limit and the resolved initiator; filters type and template here', async () => {
    const jobs = [
      job(1),
      job(2, { type: 'template_version_import', input: { template_version_id: aliceId } }),
      job(3, { metadata: { ...job(3).metadata, template_name: 'k8s' } }),
    ]
    const calls = mockFetch((url) => {
      if (url.pathname === '/api/v2/users/alice')
        return json(200, { id: aliceId, username: 'alice' })
      if (url.pathname === '/api/v2/organizations/coder/provisionerjobs') return json(200, jobs)
    })
    const result = await list('coder', {
      ...emptyFilter,
      status: ['pending', 'running'],
      initiator: 'alice',
      type: ['workspace_build'],
      template: ['Docker'],
      tags: { owner: '' },
      ids: [job(1).id, job(2).id],
    })
    expect(result.jobs.map((j) => j.id)).toEqual([job(1).id])
    expect(result).toMatchObject({ initiatorFilteredInBrowser: false, limit: 10_000 })
    const params = Object.fromEntries(calls[1].url.searchParams)
    expect(params).toEqual({
      limit: '10000',
      status: 'pending,running',
      ids: `${job(1).id},${job(2).id}`,
      tags: '{"owner":""}',
      initiator: aliceId,
    })
  })

  it('sends prebuilds and UUIDs as they are, and asks who "me" is', async () => {
    const calls = mockFetch((url) => {
      if (url.pathname === '/api/v2/users/me') return json(200, { id: aliceId })
      if (url.pathname.endsWith('/provisionerjobs')) return json(200, [])
    })
    await list('coder', { ...emptyFilter, initiator: 'prebuilds' }, 0)
    await list('coder', { ...emptyFilter, initiator: 'me' })
    expect(calls.map((c) => `${c.url.pathname}?${c.url.searchParams}`)).toEqual([
      `/api/v2/organizations/coder/provisionerjobs?limit=0&initiator=${PrebuildsSystemUserID}`,
      '/api/v2/users/me?',
      `/api/v2/organizations/coder/provisionerjobs?limit=10000&initiator=${aliceId}`,
    ])
  })

  it('answers an unknown user with no jobs, without listing', async () => {
    const calls = mockFetch(() => json(400, { message: 'User "ghost" does not exist.' }))
    const result = await list('coder', { ...emptyFilter, initiator: 'ghost' })
    expect(result).toMatchObject({ jobs: [], initiatorNotFound: true })
    expect(calls).toHaveLength(1)
  })

  it('falls back to browser filtering on servers without the initiator param, once per org', async () => {
    const mine = job(1, { initiator_id: PrebuildsSystemUserID })
    const theirs = job(2)
    const calls = mockFetch((url) => {
      if (!url.pathname.endsWith('/provisionerjobs')) return undefined
      if (url.searchParams.has('initiator')) return oldServerAnswer()
      return json(200, [mine, theirs])
    })
    const filter = { ...emptyFilter, status: ['pending' as const], initiator: 'prebuilds' }
    const first = await list('old', filter)
    expect(first.jobs).toEqual([mine])
    expect(first.initiatorFilteredInBrowser).toBe(true)
    expect(calls.map((c) => c.url.searchParams.has('initiator'))).toEqual([true, false])

    const second = await list('old', filter)
    expect(second.initiatorFilteredInBrowser).toBe(true)
    expect(calls.map((c) => c.url.searchParams.has('initiator'))).toEqual([true, false, false])

    await list('other', filter)
    expect(calls[3].url.searchParams.get('initiator')).toBe(PrebuildsSystemUserID)
  })

  it('judges the limit by the rows Coder returned, not by those left after type/template', async () => {
    const imports = { type: 'template_version_import' as const }
    mockFetch((url) => {
      const limit = Number(url.searchParams.get('limit'))
      return json(200, [job(1), job(2, imports), job(3, imports)].slice(0, limit || undefined))
    })
    const builds = { ...emptyFilter, type: ['workspace_build' as const] }
    const atLimit = await list('coder', builds, 3)
    expect(atLimit).toMatchObject({ serverCount: 3, limit: 3 })
    expect(atLimit.jobs).toHaveLength(1)
    expect(reachedServerLimit(atLimit)).toBe(true)
    expect(reachedServerLimit(await list('coder', builds, 4))).toBe(false)
    expect(reachedServerLimit(await list('coder', builds, 0))).toBe(false)
  })

  it('does not hide other 400s behind the fallback', async () => {
    mockFetch(() =>
      json(400, {
        message: 'Invalid query parameters.',
        validations: [{ field: 'tags', detail: 'Query param "tags" must be a valid JSON object' }],
      }),
    )
    const error = await list('coder', { ...emptyFilter, initiator: 'prebuilds' }).catch((e) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(400)
  })
})

describe('live polling', () => {
  it('polls jobs and daemons every 5s only while live, and not from a hidden tab', () => {
    const jobsLive = provisionerJobQueries.list('coder', emptyFilter, { live: true })
    const daemonsLive = provisionerDaemonQueries.list('coder', { live: true })
    for (const options of [jobsLive, daemonsLive]) {
      expect(options.refetchInterval).toBe(5_000)
      expect(options.refetchIntervalInBackground).toBe(false)
    }
    expect(provisionerDaemonQueries.list('coder').refetchInterval).toBe(false)
    expect(provisionerJobQueries.list('coder', emptyFilter).refetchInterval).toBe(false)
    // Same cache entry either way, so the drawer and the page share one daemon list.
    expect(daemonsLive.queryKey).toEqual(provisionerDaemonQueries.list('coder').queryKey)
  })
})

describe('cancel', () => {
  const cancels = () =>
    mockFetch((_url, init) =>
      init.method === 'PATCH'
        ? json(200, { message: 'Job has been marked as canceled...' })
        : undefined,
    )

  it('uses the endpoint for each job type, expect_status only for builds', async () => {
    const calls = cancels()
    const build = job(1)
    const importJob = job(2, {
      type: 'template_version_import',
      input: { template_version_id: aliceId },
    })
    const dryRun = job(3, {
      type: 'template_version_dry_run',
      input: { template_version_id: aliceId },
    })
    await provisionerJobsTransport.cancel(build, { expectStatus: 'pending' })
    await provisionerJobsTransport.cancel(importJob, { expectStatus: 'pending' })
    await provisionerJobsTransport.cancel(dryRun, {})
    expect(calls.map((c) => `${c.method} ${c.url.pathname}${c.url.search}`)).toEqual([
      `PATCH /api/v2/workspacebuilds/${build.input.workspace_build_id}/cancel?expect_status=pending`,
      `PATCH /api/v2/templateversions/${aliceId}/cancel`,
      `PATCH /api/v2/templateversions/${aliceId}/dry-run/${dryRun.id}/cancel`,
    ])
  })

  it('the single-job mutation guards pending builds and refreshes jobs and daemons', async () => {
    const calls = cancels()
    const queryClient = new QueryClient()
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries')
    const mutation = cancelProvisionerJobMutation(queryClient)
    await mutation.mutationFn(job(1))
    await mutation.mutationFn(job(2, { status: 'running' }))
    await mutation.onSettled()
    expect(calls.map((c) => c.url.searchParams.get('expect_status'))).toEqual(['pending', null])
    expect(invalidate.mock.calls.map(([filters]) => filters?.queryKey)).toEqual([
      ['provisionerJobs'],
      ['provisionerDaemons'],
    ])
  })

  it('passes 429 headers through so the engine can wait', async () => {
    mockFetch(() => json(429, { message: 'rate limited' }, { 'Retry-After': '3' }))
    const error = await provisionerJobsTransport.cancel(job(1), {}).catch((e: ApiError) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).headers.get('Retry-After')).toBe('3')
  })
})

describe('list query key', () => {
  it('is the same for the same filter written in another order or case', () => {
    const key = (filter: typeof emptyFilter) => provisionerJobQueries.list('coder', filter).queryKey
    const a = key({ ...emptyFilter, status: ['running', 'pending'], tags: { a: '1', b: '2' } })
    const b = key({ ...emptyFilter, status: ['pending', 'running'], tags: { b: '2', a: '1' } })
    expect(a).toEqual(b)
    expect(key({ ...emptyFilter, status: ['pending'] })).not.toEqual(key(emptyFilter))
  })
})

describe('initiator lookups', () => {
  it('asks for a username once per client, not on every refetch', async () => {
    const calls = mockFetch((url) => {
      if (url.pathname === '/api/v2/users/alice')
        return json(200, { id: aliceId, username: 'alice' })
      if (url.pathname === '/api/v2/organizations/coder/provisionerjobs') return json(200, [job(1)])
    })
    const client = new QueryClient()
    const options = provisionerJobQueries.list('coder', { ...emptyFilter, initiator: 'alice' })
    await client.fetchQuery(options)
    await client.refetchQueries({ queryKey: options.queryKey })
    const paths = calls.map((c) => c.url.pathname)
    expect(paths.filter((p) => p.endsWith('/provisionerjobs'))).toHaveLength(2)
    expect(paths.filter((p) => p === '/api/v2/users/alice')).toHaveLength(1)
  })
})
