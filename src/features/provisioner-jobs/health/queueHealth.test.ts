import { describe, expect, it } from 'vitest'
import type { ProvisionerDaemon, ProvisionerJob } from '../../../api/types'
import { MockProvisionerJob, PREBUILDS_USER_ID } from '../selection/mockJobs'
import { canBeTaken, countStuckAhead, summarizeQueue, tagsCover } from './queueHealth'

const job = (over: Partial<ProvisionerJob> & { id: string }): ProvisionerJob => ({
  ...MockProvisionerJob,
  ...over,
})
const withTemplate = (name: string) => ({
  ...MockProvisionerJob.metadata,
  template_name: name,
  template_display_name: '',
})

const daemon = (over: Partial<ProvisionerDaemon>): ProvisionerDaemon => ({
  id: 'd1',
  organization_id: MockProvisionerJob.organization_id,
  key_id: 'k',
  key_name: 'built-in',
  created_at: '2026-01-01T00:00:00Z',
  name: 'daemon-1',
  version: 'v2',
  api_version: '1.0',
  provisioners: ['terraform'],
  tags: { scope: 'organization', owner: '' },
  status: 'idle',
  ...over,
})

const human = '11111111-1111-4111-8111-111111111111'
const fixture: ProvisionerJob[] = [
  job({
    id: 'p1',
    created_at: '2026-01-01T10:05:00Z',
    metadata: withTemplate('docker'),
    available_workers: ['d1'],
  }),
  job({
    id: 'p2',
    created_at: '2026-01-01T10:01:00Z',
    metadata: withTemplate('docker'),
    available_workers: ['d1'],
  }),
  job({
    id: 'p3',
    created_at: '2026-01-01T10:03:00Z',
    initiator_id: human,
    metadata: withTemplate('k8s'),
    tags: { scope: 'organization', owner: '', gpu: 'true' },
    available_workers: undefined,
  }),
  job({ id: 'r1', status: 'running', initiator_id: human }),
  job({ id: 'f1', status: 'failed' }),
  job({ id: 'f2', status: 'failed', initiator_id: human }),
]

describe('summarizeQueue', () => {
  const summary = summarizeQueue(fixture, fixture, [
    daemon({}),
    daemon({
      id: 'd2',
      status: 'offline',
      tags: { gpu: 'true', scope: 'organization', owner: '' },
    }),
  ])

  it('counts jobs by status', () => {
    expect(summary.total).toBe(6)
    expect(summary.byStatus).toMatchObject({ pending: 3, running: 1, failed: 2, succeeded: 0 })
  })

  it('splits pending jobs by initiator and template', () => {
    expect(summary.pending).toBe(3)
    expect(summary.pendingPrebuilds).toBe(2)
    expect(summary.pendingPeople).toBe(1)
    expect(summary.pendingByTemplate).toEqual([
      { name: 'docker', count: 2 },
      { name: 'k8s', count: 1 },
    ])
  })

  it('finds the oldest pending job whatever the order', () => {
    expect(summary.oldestPendingAt).toBe('2026-01-01T10:01:00Z')
  })

  it('flags pending jobs that no online provisioner covers', () => {
    expect(summary.daemonsOnline).toBe(1)
    expect(summary.daemonsTotal).toBe(2)
    // p3 needs gpu=true; only the offline daemon has it.
    expect(summary.unservable).toBe(1)
  })

  it('reports an empty queue as nothing pending', () => {
    const empty = summarizeQueue([], [], [])
    expect(empty.pending).toBe(0)
    expect(empty.oldestPendingAt).toBeUndefined()
    expect(empty.unservable).toBe(0)
  })
})

describe('countStuckAhead', () => {
  const queued = (id: string, position: number, workers?: string[]) =>
    job({ id, queue_position: position, queue_size: 9, available_workers: workers })

  it('counts pending jobs without workers queued ahead of a takeable one', () => {
    const jobs = [
      queued('stuck1', 1),
      queued('stuck2', 2, []),
      queued('ok3', 3, ['d1']),
      queued('stuck4', 4),
      queued('ok5', 5, ['d1']),
      queued('stuck6', 6),
      job({ id: 'done', status: 'failed', queue_position: 0, available_workers: undefined }),
    ]
    // stuck6 is behind every takeable job, so it inflates nobody's position.
    expect(countStuckAhead(jobs)).toBe(3)
    expect(summarizeQueue(jobs, jobs, [daemon({})]).stuckAhead).toBe(3)
  })

  it('is zero when nothing takeable waits behind the stuck jobs', () => {
    expect(countStuckAhead([queued('a', 1, ['d1']), queued('b', 2), queued('c', 3)])).toBe(0)
    expect(countStuckAhead([queued('a', 1), queued('b', 2)])).toBe(0)
    expect(countStuckAhead([])).toBe(0)
  })
})

describe('tag coverage', () => {
  it('needs every job tag on the daemon with the same value', () => {
    expect(tagsCover({ a: '1', b: '2' }, { a: '1' })).toBe(true)
    expect(tagsCover({ a: '1' }, { a: '1', b: '2' })).toBe(false)
    expect(tagsCover({ a: '2' }, { a: '1' })).toBe(false)
  })

  it('trusts available_workers when the daemon is online', () => {
    const pending = job({ id: 'x', tags: { odd: 'yes' }, available_workers: ['d9'] })
    expect(canBeTaken(pending, [daemon({ id: 'd9', tags: {} })])).toBe(true)
    expect(canBeTaken(pending, [daemon({ id: 'd8', tags: {} })])).toBe(false)
  })
})

it('uses the prebuilds system user id from the fixtures', () => {
  expect(fixture[0].initiator_id).toBe(PREBUILDS_USER_ID)
})
