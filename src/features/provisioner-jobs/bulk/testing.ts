// Test helpers for the bulk cancel engine: job factories, a scripted fake transport and a
// fake clock. Only tests import this file.
import { ApiError } from '../../../api/errors'
import type { ProvisionerJob } from '../../../api/types'
import type { CancelTransport } from './engine'

export const jobId = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`

export function makeJob(n: number, overrides: Partial<ProvisionerJob> = {}): ProvisionerJob {
  const type = overrides.type ?? 'workspace_build'
  return {
    id: jobId(n),
    created_at: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
    status: 'pending',
    file_id: jobId(900_000 + n),
    tags: { scope: 'organization', owner: '' },
    queue_position: n,
    queue_size: 1000,
    organization_id: jobId(800_000),
    initiator_id: 'c42fdf75-3097-471c-8c33-fb52454d81c0',
    input:
      type === 'workspace_build'
        ? { workspace_build_id: jobId(100_000 + n) }
        : { template_version_id: jobId(200_000 + n) },
    type,
    metadata: {
      template_version_name: 'v1',
      template_id: jobId(700_000),
      template_name: 'docker',
      template_display_name: 'Docker',
      template_icon: '/icon/docker.png',
      ...(type === 'workspace_build'
        ? { workspace_id: jobId(600_000 + n), workspace_name: `ws-${n}` }
        : {}),
    },
    logs_overflowed: false,
    ...overrides,
  }
}

export const makeJobs = (count: number, overrides: Partial<ProvisionerJob> = {}) =>
  Array.from({ length: count }, (_, i) => makeJob(i + 1, overrides))

export function apiError(status: number, message: string, headers: Record<string, string> = {}) {
  return new ApiError(status, { message }, new Headers(headers))
}

/** What one cancel call does: succeed, throw, or wait for the signal to abort it. */
export type Step = 'ok' | 'hang' | Error | ((job: ProvisionerJob) => 'ok' | 'hang' | Error)

export interface CallRecord {
  jobId: string
  expectStatus?: string
  startedAt: number
}

export interface TransportEvent {
  kind: 'start' | 'end'
  jobId: string
  at: number
  status?: number
}

/** Answers each job's calls from its script (the last step repeats), after a macrotask. */
export function fakeTransport(
  script: (job: ProvisionerJob, attempt: number) => Step,
  clock: { now: () => number } = { now: () => 0 },
) {
  const attempts = new Map<string, number>()
  const calls: CallRecord[] = []
  const events: TransportEvent[] = []
  let inFlight = 0
  let maxInFlight = 0
  const transport: CancelTransport = {
    async cancel(job, { expectStatus, signal }) {
      const attempt = (attempts.get(job.id) ?? 0) + 1
      attempts.set(job.id, attempt)
      calls.push({ jobId: job.id, expectStatus, startedAt: clock.now() })
      events.push({ kind: 'start', jobId: job.id, at: clock.now() })
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      try {
        let step = script(job, attempt)
        if (typeof step === 'function') step = step(job)
        await new Promise((resolve) => setTimeout(resolve, 0))
        if (step === 'hang') await waitForAbort(signal)
        if (signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError')
        if (step instanceof Error) throw step
      } catch (error) {
        events.push({ kind: 'end', jobId: job.id, at: clock.now(), status: statusOf(error) })
        throw error
      } finally {
        inFlight--
      }
      events.push({ kind: 'end', jobId: job.id, at: clock.now(), status: 200 })
    },
    async list() {
      return []
    },
  }
  return {
    transport,
    calls,
    events,
    get maxInFlight() {
      return maxInFlight
    },
  }
}

const statusOf = (error: unknown) => (error instanceof ApiError ? error.status : undefined)

const waitForAbort = (signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (!signal) return
    if (signal.aborted) return resolve()
    signal.addEventListener('abort', () => resolve(), { once: true })
  })

/**
 * A clock that only moves when the engine sleeps: a sleep ends on the next macrotask and
 * moves the clock to its deadline (never backwards). Other workers keep running meanwhile,
 * so a pause that only one worker honours shows up as requests sent before the deadline.
 */
export function fakeClock(start = 1_767_225_600_000) {
  let current = start
  const sleeps: number[] = []
  return {
    now: () => current,
    sleeps,
    sleep: (ms: number) => {
      sleeps.push(ms)
      const deadline = current + ms
      return new Promise<void>((resolve) =>
        setTimeout(() => {
          current = Math.max(current, deadline)
          resolve()
        }, 0),
      )
    },
  }
}
