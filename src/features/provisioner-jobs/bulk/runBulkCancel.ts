import type { ProvisionerJob } from '../../../api/types'
import { cancelOne, type RunContext } from './cancelOne'
import {
  cancelResults,
  type BulkCancelOptions,
  type BulkCancelReport,
  type CancelOutcome,
  type CancelResult,
  type CancelTransport,
  type ExpectStatus,
} from './types'

export const DEFAULT_CONCURRENCY = 8

const realSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve()
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    signal?.addEventListener('abort', done, { once: true })
  })

export function createRunContext(
  transport: CancelTransport,
  options: BulkCancelOptions,
): RunContext {
  return {
    transport,
    includeRunning: options.includeRunning ?? false,
    maxRetries: options.maxRetries ?? 4,
    maxRateLimitWaits: options.maxRateLimitWaits ?? 20,
    timeoutMs: options.timeoutMs ?? 30_000,
    baseDelayMs: options.baseDelayMs ?? 500,
    maxDelayMs: options.maxDelayMs ?? 10_000,
    signal: options.signal,
    sleep: options.sleep ?? realSleep,
    random: options.random ?? Math.random,
    now: options.now ?? Date.now,
    pausedUntil: 0,
    requests: 0,
  }
}

type Plan = { expect?: ExpectStatus } | Omit<CancelOutcome, 'job'>

const inputField = (job: ProvisionerJob) =>
  job.type === 'workspace_build' ? 'workspace_build_id' : 'template_version_id'

/** What to do with a job before asking Coder anything. */
function plan(job: ProvisionerJob, includeRunning: boolean): Plan {
  const field = inputField(job)
  if (!job.input[field]) {
    const reason = `the job has no ${field} in its input, so there is no cancel endpoint for it`
    return { result: 'failed', reason, attempts: 0 }
  }
  const isBuild = job.type === 'workspace_build'
  switch (job.status) {
    case 'pending':
      return { expect: isBuild ? 'pending' : undefined }
    case 'running':
      if (!includeRunning) {
        return {
          result: 'skipped',
          reason: 'running (running jobs were not included)',
          attempts: 0,
        }
      }
      return { expect: isBuild ? 'running' : undefined }
    case 'canceling':
      return { result: 'skipped', reason: 'already being canceled', attempts: 0 }
    case 'unknown':
      return {}
    default:
      return { result: 'skipped', reason: `already ${job.status}`, attempts: 0 }
  }
}

export function countOutcomes(outcomes: CancelOutcome[]): Record<CancelResult, number> {
  const counts = Object.fromEntries(cancelResults.map((r) => [r, 0])) as Record<
    CancelResult,
    number
  >
  for (const outcome of outcomes) counts[outcome.result]++
  return counts
}

/**
 * Cancels each job through the endpoint for its type, at most `concurrency` at a time.
 * Every input job yields exactly one outcome, including the ones an abort kept from starting.
 */
export async function runBulkCancel(
  jobs: ProvisionerJob[],
  transport: CancelTransport,
  options: BulkCancelOptions = {},
): Promise<BulkCancelReport> {
  const ctx = createRunContext(transport, options)
  const startedAt = ctx.now()
  const slots: (CancelOutcome | undefined)[] = new Array(jobs.length)
  const record = (index: number, outcome: CancelOutcome) => {
    slots[index] = outcome
    options.onOutcome?.(outcome)
  }
  const work: { index: number; expect?: ExpectStatus }[] = []
  const seen = new Set<string>()
  jobs.forEach((job, index) => {
    if (seen.has(job.id)) {
      return record(index, { job, result: 'skipped', reason: 'listed twice', attempts: 0 })
    }
    seen.add(job.id)
    const decided = plan(job, ctx.includeRunning)
    if ('result' in decided) record(index, { job, ...decided })
    else work.push({ index, expect: decided.expect })
  })

  let next = 0
  const worker = async () => {
    while (next < work.length && !ctx.signal?.aborted) {
      const item = work[next++]
      record(item.index, await cancelOne(jobs[item.index], item.expect, ctx))
    }
  }
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY))
  await Promise.all(Array.from({ length: Math.min(concurrency, work.length) }, worker))
  for (const item of work.slice(next)) {
    const reason = 'not started: the run was aborted'
    record(item.index, { job: jobs[item.index], result: 'aborted', reason, attempts: 0 })
  }

  const outcomes = slots.filter((o): o is CancelOutcome => o !== undefined)
  return {
    outcomes,
    counts: countOutcomes(outcomes),
    aborted: Boolean(ctx.signal?.aborted),
    requests: ctx.requests,
    durationMs: ctx.now() - startedAt,
  }
}
