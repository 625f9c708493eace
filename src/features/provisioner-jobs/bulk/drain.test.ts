import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../api/errors'
import { matchesFilter } from '../../../api/provisionerJobFilter'
import type { ProvisionerJob } from '../../../api/types'
import { emptyFilter, type JobFilter } from '../filter'
import { drainMatching, type CancelTransport } from './engine'
import { apiError, makeJob } from './testing'

const prebuilds = 'c42fdf75-3097-471c-8c33-fb52454d81c0'
const human = '11111111-2222-4333-8444-555555555555'
const pendingPrebuilds: JobFilter = { ...emptyFilter, status: ['pending'], initiator: 'prebuilds' }

/** A tiny stateful queue: list answers like Coder (newest first, limit), cancel changes state. */
function fakeQueue(
  jobs: ProvisionerJob[],
  opts: { arrivalsPerList?: number; deny?: Set<string> } = {},
) {
  const store = new Map(jobs.map((j) => [j.id, { ...j }]))
  let next = 10_000
  const canceled: ProvisionerJob[] = []
  const listLimits: number[] = []
  const transport: CancelTransport = {
    async list(_org, filter, { limit }) {
      listLimits.push(limit)
      for (let i = 0; i < (opts.arrivalsPerList ?? 0); i++) {
        const job = makeJob(next++, { initiator_id: prebuilds })
        store.set(job.id, job)
      }
      // Like Coder: the server filters by status/initiator; type/template are left to the client.
      const serverSide = { ...filter, type: [], template: [] }
      return [...store.values()]
        .filter((j) => matchesFilter(j, serverSide, {}))
        .reverse()
        .slice(0, limit || undefined)
    },
    async cancel(job) {
      const current = store.get(job.id)
      if (!current) throw apiError(404, 'Resource not found')
      if (opts.deny?.has(job.id)) throw apiError(403, 'Forbidden.')
      if (current.status !== 'pending') throw apiError(400, 'Job has already completed!')
      current.status = 'canceled'
      canceled.push(current)
    },
  }
  return { transport, store, canceled, listLimits }
}

const noWait = { sleep: async () => {}, random: () => 0.5 }

describe('drainMatching', () => {
  it('cancels in rounds until nothing matches, and never touches jobs outside the filter', async () => {
    const jobs = [
      ...Array.from({ length: 25 }, (_, i) => makeJob(i + 1, { initiator_id: prebuilds })),
      makeJob(100, { initiator_id: human }),
      makeJob(101, { initiator_id: prebuilds, status: 'running' }),
      makeJob(102, { initiator_id: prebuilds, type: 'template_version_import' }),
    ]
    const queue = fakeQueue(jobs)
    const filter = { ...pendingPrebuilds, type: ['workspace_build' as const] }
    const rounds: number[] = []
    const report = await drainMatching('coder', filter, queue.transport, {
      ...noWait,
      batchSize: 10,
      onRound: (r) => rounds.push(r.candidates),
    })
    expect(report.stop).toBe('done')
    expect(report.counts.canceled).toBe(25)
    // The newest pending job (the template import) takes a slot of every page; the engine
    // then looks at the whole list, so each round still gets a full batch.
    expect(rounds).toEqual([10, 10, 5, 0])
    expect(queue.canceled.every((j) => matchesFilter(j, { ...filter, status: [] }, {}))).toBe(true)
    expect(queue.store.get(makeJob(100).id)?.status).toBe('pending')
    expect(queue.store.get(makeJob(102).id)?.status).toBe('pending')
    expect(report.message).toMatch(/Canceled 25 jobs in 4 rounds/)
  })

  it('only drains cancelable statuses', async () => {
    const queue = fakeQueue([makeJob(1, { status: 'running' })])
    const finished = await drainMatching(
      'coder',
      { ...emptyFilter, status: ['failed'] },
      queue.transport,
    )
    expect(finished.stop).toBe('nothing_cancelable')
    expect(queue.listLimits).toEqual([])
    const report = await drainMatching('coder', emptyFilter, queue.transport, noWait)
    expect(report.stop).toBe('done')
    expect(report.counts.canceled).toBe(0)
  })

  it('stops with a clear message when jobs arrive as fast as they are canceled', async () => {
    const jobs = Array.from({ length: 5 }, (_, i) => makeJob(i + 1, { initiator_id: prebuilds }))
    const queue = fakeQueue(jobs, { arrivalsPerList: 5 })
    const report = await drainMatching('coder', pendingPrebuilds, queue.transport, {
      ...noWait,
      batchSize: 100,
      stallRounds: 3,
    })
    expect(report.stop).toBe('not_shrinking')
    // 10, 5, 5, 5, 5 matching: three rounds without shrinking, so round 5 stops.
    expect(report.rounds).toBe(5)
    expect(report.counts.canceled).toBe(25)
    expect(report.message).toMatch(/new ones keep arriving/)
    expect(report.message).toMatch(/pause reconciliation/)
  })

  it('has a hard stop on rounds', async () => {
    const queue = fakeQueue([], { arrivalsPerList: 20 })
    const report = await drainMatching('coder', pendingPrebuilds, queue.transport, {
      ...noWait,
      batchSize: 10,
      maxRounds: 5,
    })
    expect(report.stop).toBe('max_rounds')
    expect(report.rounds).toBe(5)
    expect(report.counts.canceled).toBe(50)
  })

  it('does not retry jobs it could not cancel, and reports them', async () => {
    const jobs = Array.from({ length: 4 }, (_, i) => makeJob(i + 1, { initiator_id: prebuilds }))
    const queue = fakeQueue(jobs, { deny: new Set([jobs[0].id, jobs[1].id]) })
    const report = await drainMatching('coder', pendingPrebuilds, queue.transport, {
      ...noWait,
      batchSize: 2,
    })
    expect(report.stop).toBe('done')
    expect(report.counts).toMatchObject({ canceled: 2, not_allowed: 2 })
    expect(report.outcomes).toHaveLength(4)
    expect(report.message).toMatch(/2 matching jobs could not be canceled/)
    expect(queue.listLimits).toEqual([2, 2, 4])
  })

  it('stops when an initiator cannot be resolved, before listing anything', async () => {
    const queue = fakeQueue([makeJob(1, { initiator_id: human })])
    const transport = { ...queue.transport, resolveInitiator: async () => undefined }
    const report = await drainMatching('coder', { ...emptyFilter, initiator: 'ghost' }, transport)
    expect(report.stop).toBe('unknown_initiator')
    expect(report.message).toBe('There is no user "ghost": nothing was canceled.')
    expect(queue.listLimits).toEqual([])
  })

  it('reports a failed user lookup instead of throwing', async () => {
    const queue = fakeQueue([])
    const transport: CancelTransport = {
      ...queue.transport,
      resolveInitiator: async () => {
        throw new TypeError('Failed to fetch')
      },
    }
    const report = await drainMatching('coder', { ...emptyFilter, initiator: 'alice' }, transport)
    expect(report.stop).toBe('list_failed')
    expect(report.message).toBe('Looking up "alice" failed: Failed to fetch')
  })

  it('re-checks the filter itself: a listing with strangers in it cancels only matches', async () => {
    const queue = fakeQueue([
      makeJob(1, { initiator_id: prebuilds }),
      makeJob(2, { initiator_id: human }),
    ])
    const sloppy: CancelTransport = {
      ...queue.transport,
      list: async () => [...queue.store.values()].filter((j) => j.status === 'pending'),
    }
    const report = await drainMatching('coder', pendingPrebuilds, sloppy, noWait)
    expect(report.counts.canceled).toBe(1)
    expect(queue.canceled.map((j) => j.initiator_id)).toEqual([prebuilds])
  })

  it('reports a failed listing and an abort', async () => {
    const failing: CancelTransport = {
      list: async () => {
        throw new ApiError(500, { message: 'Internal error fetching provisioner jobs.' })
      },
      cancel: async () => {},
    }
    const report = await drainMatching('coder', pendingPrebuilds, failing)
    expect(report.stop).toBe('list_failed')
    expect(report.message).toBe(
      'Listing the matching jobs failed: Internal error fetching provisioner jobs.',
    )

    const controller = new AbortController()
    const queue = fakeQueue(
      Array.from({ length: 30 }, (_, i) => makeJob(i + 1, { initiator_id: prebuilds })),
    )
    let seen = 0
    const aborted = await drainMatching('coder', pendingPrebuilds, queue.transport, {
      ...noWait,
      concurrency: 1,
      signal: controller.signal,
      onOutcome: () => {
        if (++seen === 5) controller.abort()
      },
    })
    expect(aborted.stop).toBe('aborted')
    expect(aborted.outcomes).toHaveLength(30)
    expect(aborted.counts).toMatchObject({ canceled: 5, aborted: 25 })
  })
})
