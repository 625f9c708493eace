import { describe, expect, it } from 'vitest'
import { runBulkCancel, type CancelOutcome } from './engine'
import { apiError, fakeClock, fakeTransport, jobId, makeJob, makeJobs } from './testing'

const fast = (clock = fakeClock()) => ({ sleep: clock.sleep, now: clock.now, random: () => 0.5 })

function expectOneOutcomePerJob(jobIds: string[], outcomes: CancelOutcome[]) {
  expect(outcomes.map((o) => o.job.id).sort()).toEqual([...jobIds].sort())
}

describe('runBulkCancel', () => {
  it('cancels pending jobs of every type, builds with expect_status=pending', async () => {
    const jobs = [
      makeJob(1),
      makeJob(2, { type: 'template_version_import' }),
      makeJob(3, { type: 'template_version_dry_run' }),
    ]
    const fake = fakeTransport(() => 'ok')
    const report = await runBulkCancel(jobs, fake.transport, fast())
    expect(report.counts.canceled).toBe(3)
    expect(report.outcomes.map((o) => [o.result, o.attempts])).toEqual([
      ['canceled', 1],
      ['canceled', 1],
      ['canceled', 1],
    ])
    expect(fake.calls.map((c) => c.expectStatus)).toEqual(['pending', undefined, undefined])
    expect(report.requests).toBe(3)
  })

  it('never has more requests in flight than the concurrency', async () => {
    const fake = fakeTransport(() => 'ok')
    const report = await runBulkCancel(makeJobs(50), fake.transport, { ...fast(), concurrency: 5 })
    expect(report.counts.canceled).toBe(50)
    expect(fake.maxInFlight).toBe(5)
    const defaults = fakeTransport(() => 'ok')
    await runBulkCancel(makeJobs(30), defaults.transport, fast())
    expect(defaults.maxInFlight).toBe(8)
  })

  it('skips finished, canceling and (unless included) running jobs without a request', async () => {
    const jobs = [
      makeJob(1, { status: 'succeeded' }),
      makeJob(2, { status: 'canceled' }),
      makeJob(3, { status: 'canceling' }),
      makeJob(4, { status: 'running' }),
      makeJob(5, { status: 'failed' }),
    ]
    const fake = fakeTransport(() => 'ok')
    const report = await runBulkCancel(jobs, fake.transport, fast())
    expect(fake.calls).toHaveLength(0)
    expect(report.outcomes.map((o) => o.reason)).toEqual([
      'already succeeded',
      'already canceled',
      'already being canceled',
      'running (running jobs were not included)',
      'already failed',
    ])
    expect(report.outcomes.every((o) => o.result === 'skipped' && o.attempts === 0)).toBe(true)
  })

  it('fails a job without the input id its endpoint needs, without a request', async () => {
    const jobs = [
      makeJob(1, { input: {} }),
      makeJob(2, { type: 'template_version_dry_run', input: {} }),
    ]
    const fake = fakeTransport(() => 'ok')
    const report = await runBulkCancel(jobs, fake.transport, fast())
    expect(fake.calls).toHaveLength(0)
    expect(report.outcomes.map((o) => [o.result, o.reason])).toEqual([
      ['failed', expect.stringContaining('no workspace_build_id')],
      ['failed', expect.stringContaining('no template_version_id')],
    ])
  })

  it('leaves a build that started running alone (412) unless running jobs are included', async () => {
    const script = (_: unknown, attempt: number) =>
      attempt === 1 ? apiError(412, 'Job is not in the expected state.') : 'ok'
    const leftAlone = fakeTransport((job, attempt) => script(job, attempt))
    const [skipped] = (await runBulkCancel([makeJob(1)], leftAlone.transport, fast())).outcomes
    expect(skipped).toMatchObject({
      result: 'skipped',
      reason: 'started running before the cancel landed',
      status: 412,
      attempts: 1,
    })

    const included = fakeTransport((job, attempt) => script(job, attempt))
    const report = await runBulkCancel(
      [makeJob(1), makeJob(2, { status: 'running' })],
      included.transport,
      {
        ...fast(),
        includeRunning: true,
        concurrency: 1,
      },
    )
    expect(report.outcomes.map((o) => [o.result, o.attempts])).toEqual([
      ['canceled', 2],
      ['skipped', 1],
    ])
    expect(report.outcomes[1].reason).toBe('no longer running when the cancel landed')
    expect(included.calls.map((c) => c.expectStatus)).toEqual(['pending', 'running', 'running'])
  })

  it('reads Coder 400 and 412 texts for already finished jobs as skipped', async () => {
    const answers = [
      apiError(400, 'Job has already completed!'),
      apiError(412, 'Job has already been marked as canceled!'),
      apiError(400, 'Job has already completed.'),
      apiError(400, 'Job has already been marked as canceled.'),
      apiError(400, `Invalid expect_status "x". Only 'running' or 'pending' are allowed.`),
    ]
    const jobs = [
      makeJob(1),
      makeJob(2, { type: 'template_version_import' }),
      makeJob(3, { type: 'template_version_dry_run' }),
      makeJob(4, { type: 'template_version_dry_run' }),
      makeJob(5),
    ]
    const fake = fakeTransport((job) => answers[jobs.findIndex((j) => j.id === job.id)])
    const { outcomes } = await runBulkCancel(jobs, fake.transport, fast())
    expect(outcomes.map((o) => [o.result, o.reason, o.status])).toEqual([
      ['skipped', 'already completed', 400],
      ['skipped', 'already canceled', 412],
      ['skipped', 'already completed', 400],
      ['skipped', 'already canceled', 400],
      ['failed', `Invalid expect_status "x". Only 'running' or 'pending' are allowed.`, 400],
    ])
  })

  it('reports 403 as not allowed without retrying', async () => {
    const message = 'User is not allowed to cancel workspace builds. Owner role is required.'
    const fake = fakeTransport(() => apiError(403, message))
    const [outcome] = (
      await runBulkCancel([makeJob(1, { status: 'running' })], fake.transport, {
        ...fast(),
        includeRunning: true,
      })
    ).outcomes
    expect(outcome).toMatchObject({
      result: 'not_allowed',
      reason: message,
      status: 403,
      attempts: 1,
    })
  })

  it('retries 5xx and network errors with growing, jittered backoff', async () => {
    const clock = fakeClock()
    const fake = fakeTransport((_, attempt) =>
      attempt === 1
        ? apiError(503, 'Service unavailable.')
        : attempt === 2
          ? new TypeError('Failed to fetch')
          : 'ok',
    )
    const [outcome] = (
      await runBulkCancel([makeJob(1)], fake.transport, {
        ...fast(clock),
        random: () => 1,
        baseDelayMs: 100,
      })
    ).outcomes
    expect(outcome).toMatchObject({ result: 'canceled', attempts: 3 })
    expect(clock.sleeps).toEqual([100, 200])
    const jittered = fakeClock()
    await runBulkCancel(
      [makeJob(1)],
      fakeTransport((_, a) => (a < 3 ? apiError(502, 'Bad gateway.') : 'ok')).transport,
      {
        ...fast(jittered),
        random: () => 0,
        baseDelayMs: 100,
      },
    )
    expect(jittered.sleeps).toEqual([50, 100])
  })

  it('gives up after maxRetries and says why', async () => {
    const fake = fakeTransport(() => apiError(503, 'Service unavailable.'))
    const [outcome] = (
      await runBulkCancel([makeJob(1)], fake.transport, { ...fast(), maxRetries: 2 })
    ).outcomes
    expect(outcome).toMatchObject({ result: 'failed', status: 503, attempts: 3 })
    expect(outcome.reason).toBe('503: Service unavailable. (gave up after 3 attempts)')
  })

  it('treats a request that outlives timeoutMs as a network error and retries it', async () => {
    const fake = fakeTransport((_, attempt) => (attempt === 1 ? 'hang' : 'ok'))
    const [outcome] = (
      await runBulkCancel([makeJob(1)], fake.transport, { ...fast(), timeoutMs: 20 })
    ).outcomes
    expect(outcome).toMatchObject({ result: 'canceled', attempts: 2 })
    const stuck = fakeTransport(() => 'hang')
    const [failed] = (
      await runBulkCancel([makeJob(1)], stuck.transport, {
        ...fast(),
        timeoutMs: 5,
        maxRetries: 1,
      })
    ).outcomes
    expect(failed).toMatchObject({ result: 'failed', attempts: 2 })
    expect(failed.reason).toBe('timed out after 0.005 s (gave up after 2 attempts)')
  })

  it('says when a retry finds the job already done after an unanswered attempt', async () => {
    const fake = fakeTransport((_, attempt) =>
      attempt === 1
        ? apiError(504, 'Gateway timeout.')
        : apiError(400, 'Job has already completed!'),
    )
    const [outcome] = (await runBulkCancel([makeJob(1)], fake.transport, fast())).outcomes
    expect(outcome.result).toBe('skipped')
    expect(outcome.reason).toMatch(/^already completed \(perhaps by an earlier attempt/)
  })
})

describe('runBulkCancel and 429', () => {
  async function runWithRateLimit(headers: Record<string, string>, clock = fakeClock()) {
    let limited = false
    const fake = fakeTransport((job) => {
      if (!limited && job.id === jobId(3)) {
        limited = true
        return apiError(
          429,
          "You've been rate limited for sending more than 512 requests in 1m0s.",
          headers,
        )
      }
      return 'ok'
    }, clock)
    const jobs = makeJobs(40)
    const report = await runBulkCancel(jobs, fake.transport, { ...fast(clock), concurrency: 4 })
    return { report, fake, clock, jobs }
  }

  function requestsStartedAfterThe429(events: { kind: string; at: number; status?: number }[]) {
    const index = events.findIndex((e) => e.kind === 'end' && e.status === 429)
    return {
      at: events[index].at,
      later: events.slice(index + 1).filter((e) => e.kind === 'start'),
    }
  }

  it('pauses every worker for Retry-After, then carries on', async () => {
    const { report, fake, jobs } = await runWithRateLimit({ 'Retry-After': '7' })
    expectOneOutcomePerJob(
      jobs.map((j) => j.id),
      report.outcomes,
    )
    expect(report.counts.canceled).toBe(40)
    expect(report.outcomes[2]).toMatchObject({ result: 'canceled', attempts: 2 })
    const { at, later } = requestsStartedAfterThe429(fake.events)
    expect(later.length).toBeGreaterThan(30)
    expect(later.every((e) => e.at >= at + 7000)).toBe(true)
  })

  it('waits until X-RateLimit-Reset when there is no Retry-After', async () => {
    const clock = fakeClock(1_767_225_600_000)
    const resetAt = 1_767_225_600 + 12
    const { report, fake } = await runWithRateLimit({ 'X-RateLimit-Reset': String(resetAt) }, clock)
    expect(report.counts.canceled).toBe(40)
    const { later } = requestsStartedAfterThe429(fake.events)
    expect(later.every((e) => e.at >= resetAt * 1000)).toBe(true)
    expect(Math.min(...later.map((e) => e.at))).toBe(resetAt * 1000)
  })

  it('fails a job that stays rate limited past maxRateLimitWaits', async () => {
    const fake = fakeTransport(() =>
      apiError(429, 'You have been rate limited.', { 'Retry-After': '1' }),
    )
    const [outcome] = (
      await runBulkCancel([makeJob(1)], fake.transport, {
        ...fast(),
        maxRateLimitWaits: 3,
      })
    ).outcomes
    expect(outcome).toMatchObject({ result: 'failed', status: 429, attempts: 4 })
    expect(outcome.reason).toBe('rate limited: You have been rate limited.')
  })
})

describe('runBulkCancel abort', () => {
  it('stops sending at once and reports every job, in flight or never started', async () => {
    const controller = new AbortController()
    let started = 0
    const fake = fakeTransport(() => {
      if (++started === 10) controller.abort()
      return started >= 10 ? 'hang' : 'ok'
    })
    const jobs = makeJobs(100)
    const landed: CancelOutcome[] = []
    const report = await runBulkCancel(jobs, fake.transport, {
      ...fast(),
      concurrency: 4,
      signal: controller.signal,
      onOutcome: (o) => landed.push(o),
    })
    expect(report.aborted).toBe(true)
    expectOneOutcomePerJob(
      jobs.map((j) => j.id),
      report.outcomes,
    )
    expect(landed).toHaveLength(100)
    expect(fake.calls).toHaveLength(10)
    const total = Object.values(report.counts).reduce((a, b) => a + b, 0)
    expect(total).toBe(100)
    expect(report.counts.aborted).toBe(100 - report.counts.canceled)
    expect(
      report.outcomes.filter((o) => o.reason === 'not started: the run was aborted'),
    ).toHaveLength(90)
    expect(report.outcomes[9]).toMatchObject({ result: 'aborted', attempts: 1 })
  })

  it('reports a job aborted while waiting to retry', async () => {
    const controller = new AbortController()
    const fake = fakeTransport(() => apiError(500, 'An internal server error occurred.'))
    const report = await runBulkCancel([makeJob(1)], fake.transport, {
      now: () => 0,
      random: () => 0.5,
      signal: controller.signal,
      sleep: async () => controller.abort(),
    })
    expect(report.outcomes[0]).toMatchObject({ result: 'aborted', attempts: 1, status: 500 })
  })

  it('counts a job listed twice once', async () => {
    const fake = fakeTransport(() => 'ok')
    const report = await runBulkCancel([makeJob(1), makeJob(1)], fake.transport, fast())
    expect(fake.calls).toHaveLength(1)
    expect(report.outcomes.map((o) => o.result)).toEqual(['canceled', 'skipped'])
  })
})
