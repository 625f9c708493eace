import { isApiError, retryAfterSeconds } from '../../../api/errors'
import type { ProvisionerJob } from '../../../api/types'
import type { CancelOutcome, CancelTransport, ExpectStatus } from './types'

/** Shared by all workers of one run. */
export interface RunContext {
  transport: CancelTransport
  includeRunning: boolean
  maxRetries: number
  maxRateLimitWaits: number
  timeoutMs: number
  baseDelayMs: number
  maxDelayMs: number
  signal?: AbortSignal
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  random: () => number
  now: () => number
  /** a 429 pauses every worker until then (epoch ms) */
  pausedUntil: number
  requests: number
}

type Verdict =
  | { kind: 'final'; outcome: Omit<CancelOutcome, 'job' | 'attempts'> }
  | { kind: 'retry'; reason: string; status?: number }
  | { kind: 'rate_limited'; waitMs?: number; reason: string }
  | { kind: 'try_running' }

class RequestTimeout extends Error {}

const aborted = (reason: string): Verdict => ({
  kind: 'final',
  outcome: { result: 'aborted', reason },
})

function classifyConflict(message: string, hadFailure: boolean): string | undefined {
  const maybeOurs = hadFailure ? ' (perhaps by an earlier attempt that got no answer)' : ''
  if (/already completed/i.test(message)) return `already completed${maybeOurs}`
  if (/already been marked as canceled/i.test(message)) return `already canceled${maybeOurs}`
  return undefined
}

function classify(
  error: unknown,
  job: ProvisionerJob,
  expect: ExpectStatus | undefined,
  ctx: RunContext,
  hadFailure: boolean,
): Verdict {
  if (ctx.signal?.aborted) return aborted('aborted while the request was in flight')
  if (error instanceof RequestTimeout) return { kind: 'retry', reason: error.message }
  if (!isApiError(error)) {
    const text = error instanceof Error ? error.message : String(error)
    return { kind: 'retry', reason: `network error: ${text}` }
  }
  const { status, message } = error
  if (status === 429) {
    const seconds = retryAfterSeconds(error, ctx.now())
    return {
      kind: 'rate_limited',
      waitMs: seconds === undefined ? undefined : seconds * 1000,
      reason: message,
    }
  }
  if (status >= 500) return { kind: 'retry', reason: `${status}: ${message}`, status }
  if (status === 403)
    return { kind: 'final', outcome: { result: 'not_allowed', reason: message, status } }
  const conflict =
    status === 400 || status === 412 ? classifyConflict(message, hadFailure) : undefined
  if (conflict) return { kind: 'final', outcome: { result: 'skipped', reason: conflict, status } }
  if (status === 412 && job.type === 'workspace_build') {
    if (expect === 'pending' && ctx.includeRunning) return { kind: 'try_running' }
    const reason =
      expect === 'pending'
        ? 'started running before the cancel landed'
        : 'no longer running when the cancel landed'
    return { kind: 'final', outcome: { result: 'skipped', reason, status } }
  }
  const detail = error.detail ? ` (${error.detail})` : ''
  return { kind: 'final', outcome: { result: 'failed', reason: `${message}${detail}`, status } }
}

async function send(job: ProvisionerJob, expect: ExpectStatus | undefined, ctx: RunContext) {
  const controller = new AbortController()
  const forwardAbort = () => controller.abort(ctx.signal?.reason)
  ctx.signal?.addEventListener('abort', forwardAbort, { once: true })
  let timedOut = false
  const timer =
    ctx.timeoutMs > 0
      ? setTimeout(() => {
          timedOut = true
          controller.abort()
        }, ctx.timeoutMs)
      : undefined
  ctx.requests++
  try {
    await ctx.transport.cancel(job, { expectStatus: expect, signal: controller.signal })
  } catch (error) {
    if (timedOut) throw new RequestTimeout(`timed out after ${ctx.timeoutMs / 1000} s`)
    throw error
  } finally {
    clearTimeout(timer)
    ctx.signal?.removeEventListener('abort', forwardAbort)
  }
}

function backoffMs(failures: number, ctx: RunContext): number {
  const ceiling = Math.min(ctx.maxDelayMs, ctx.baseDelayMs * 2 ** (failures - 1))
  // "Equal jitter": at least half the ceiling, so retries never stampede back at once.
  return ceiling / 2 + (ctx.random() * ceiling) / 2
}

/** Waits out a 429 pause that any worker announced. */
async function waitForGate(ctx: RunContext) {
  while (!ctx.signal?.aborted && ctx.now() < ctx.pausedUntil) {
    await ctx.sleep(ctx.pausedUntil - ctx.now(), ctx.signal)
  }
}

/** Sends the cancel for one job, retrying what is worth retrying; never throws. */
export async function cancelOne(
  job: ProvisionerJob,
  initialExpect: ExpectStatus | undefined,
  ctx: RunContext,
): Promise<CancelOutcome> {
  let expect = initialExpect
  let attempts = 0
  let failures = 0
  let rateWaits = 0
  let last: { reason: string; status?: number } | undefined
  for (;;) {
    await waitForGate(ctx)
    if (ctx.signal?.aborted) {
      const reason = attempts === 0 ? 'not started: the run was aborted' : 'aborted between retries'
      return { job, result: 'aborted', reason, attempts, status: last?.status }
    }
    attempts++
    let verdict: Verdict
    try {
      await send(job, expect, ctx)
      return { job, result: 'canceled', attempts, status: 200 }
    } catch (error) {
      verdict = classify(error, job, expect, ctx, failures > 0)
    }
    switch (verdict.kind) {
      case 'final':
        return { job, attempts, ...verdict.outcome }
      case 'try_running':
        expect = 'running'
        break
      case 'rate_limited': {
        last = { reason: `rate limited: ${verdict.reason}`, status: 429 }
        if (++rateWaits > ctx.maxRateLimitWaits) return { job, result: 'failed', attempts, ...last }
        const wait = verdict.waitMs ?? backoffMs(rateWaits, ctx)
        ctx.pausedUntil = Math.max(ctx.pausedUntil, ctx.now() + wait)
        break
      }
      case 'retry':
        last = { reason: verdict.reason, status: verdict.status }
        if (++failures > ctx.maxRetries) {
          const reason = `${verdict.reason} (gave up after ${attempts} attempts)`
          return { job, result: 'failed', attempts, reason, status: verdict.status }
        }
        await ctx.sleep(backoffMs(failures, ctx), ctx.signal)
    }
  }
}
