// npm run bench:cancel — how fast 1,000 pending jobs are canceled against the emulator over
// real HTTP: (a) the runbook way (`… | xargs -n1 coder provisioner jobs cancel`: GET the job,
// then PATCH its cancel endpoint, one job at a time), (b) a plain promise pool of PATCHes at
// the engine's concurrency (no retries, no checks), (c) the bulk cancel engine. Each runs as
// is, with 50 ms injected into every request, and with 10% of requests answering 503.
// Prints JSON: medians over the repetitions, ratios, and a check that every job ended
// canceled or reported.
import { type AddressInfo } from 'node:net'
import { performance } from 'node:perf_hooks'
import { serve } from '@hono/node-server'
import { createTestEmulator, signIn } from '../emulator/testing.ts'
import { provisionerJobsTransport } from '../src/api/provisionerJobs.ts'
import type { ProvisionerJob } from '../src/api/types.ts'
import {
  runBulkCancel,
  type BulkCancelReport,
} from '../src/features/provisioner-jobs/bulk/engine.ts'

const JOBS = Number(process.env.BENCH_JOBS ?? 1000)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8)
const REPS = Number(process.env.BENCH_REPS ?? 3)
// The runbook is sequential: with 50 ms per request it would take minutes, so faulted
// scenarios time it on a sample and report per-job figures next to the extrapolated total.
const RUNBOOK_SAMPLE = Number(process.env.BENCH_RUNBOOK_SAMPLE ?? 100)

interface Scenario {
  name: string
  faults: { rate: number; status?: number; delay_ms?: number }
  runbookJobs: number
}

const allScenarios: Scenario[] = [
  { name: 'as_is', faults: { rate: 0 }, runbookJobs: JOBS },
  { name: 'delay_50ms', faults: { rate: 1, status: 0, delay_ms: 50 }, runbookJobs: RUNBOOK_SAMPLE },
  { name: 'errors_10pct_503', faults: { rate: 0.1, status: 503 }, runbookJobs: RUNBOOK_SAMPLE },
]

// BENCH_SCENARIOS=as_is,delay_50ms picks some; all by default.
const picked = process.env.BENCH_SCENARIOS?.split(',')
const scenarios = allScenarios.filter((s) => !picked || picked.includes(s.name))

const emulator = await createTestEmulator({ seed: 'empty' })
const server = serve({ fetch: emulator.app.fetch, hostname: '127.0.0.1', port: 0 })
await new Promise<void>((resolve) => server.once('listening', () => resolve()))
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
let token = ''

// The dashboard's own transport (src/api/client.ts) calls relative /api/v2 URLs with the
// session cookie; here the same code runs in Node against the loopback server with the token.
const nodeFetch = globalThis.fetch
globalThis.fetch = (input, init = {}) => {
  const headers = new Headers(init.headers)
  headers.set('Coder-Session-Token', token)
  return nodeFetch(new URL(String(input), base), { ...init, headers, credentials: undefined })
}

async function call(method: string, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { 'Coder-Session-Token': token }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  const res = await nodeFetch(`${base}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  await res.arrayBuffer()
  return res
}

async function control(path: string, body: unknown): Promise<unknown> {
  const res = await nodeFetch(`${base}/__emulator/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (!res.ok) throw new Error(`/__emulator/${path}: ${res.status} ${await res.text()}`)
  return res.json()
}

async function freshJobs(count: number): Promise<ProvisionerJob[]> {
  await control('reset', { seed: 'empty' })
  token = await signIn(emulator.app)
  const body = {
    organization: 'coder',
    count,
    type: 'workspace_build',
    status: 'pending',
    initiator: 'prebuilds',
  }
  return (await control('provisioner-jobs', body)) as ProvisionerJob[]
}

const cancelPath = (job: ProvisionerJob) =>
  `/api/v2/workspacebuilds/${job.input.workspace_build_id}/cancel`

/** (a) One job at a time, as `xargs -n1 coder provisioner jobs cancel` does. */
async function runbook(jobs: ProvisionerJob[]) {
  let failed = 0
  for (const job of jobs) {
    const res = await call('GET', `/api/v2/organizations/coder/provisionerjobs/${job.id}`)
    if (!res.ok || !(await call('PATCH', cancelPath(job))).ok) failed++
  }
  return { failed }
}

/**
 * (b) Raw throughput: a promise pool of the same PATCHes the engine sends (expect_status=pending
 * included, so the server does the same work), with no retries, checks or bookkeeping.
 */
async function rawPool(jobs: ProvisionerJob[]) {
  let next = 0
  let failed = 0
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]
      if (!(await call('PATCH', `${cancelPath(job)}?expect_status=pending`)).ok) failed++
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  return { failed }
}

/** (c) The bulk cancel engine over the dashboard's transport. */
async function engine(jobs: ProvisionerJob[]) {
  const report = await runBulkCancel(jobs, provisionerJobsTransport, { concurrency: CONCURRENCY })
  return { failed: jobs.length - report.counts.canceled, report }
}

/** Every job has exactly one outcome, and the server agrees with each canceled one. */
async function verify(jobs: ProvisionerJob[], report: BulkCancelReport) {
  const res = await nodeFetch(`${base}/api/v2/organizations/coder/provisionerjobs?limit=0`, {
    headers: { 'Coder-Session-Token': token },
  })
  const status = new Map(((await res.json()) as ProvisionerJob[]).map((j) => [j.id, j.status]))
  const ids = report.outcomes.map((o) => o.job.id)
  const oneEach = ids.length === jobs.length && new Set(ids).size === jobs.length
  const canceledButNot = report.outcomes.filter(
    (o) => o.result === 'canceled' && status.get(o.job.id) !== 'canceled',
  ).length
  const stillPending = jobs.filter((j) => status.get(j.id) === 'pending').length
  const reportedNotCanceled = report.outcomes.filter((o) => o.result !== 'canceled').length
  return {
    every_job_one_outcome: oneEach,
    canceled_on_server: jobs.filter((j) => status.get(j.id) === 'canceled').length,
    reported_not_canceled: reportedNotCanceled,
    still_pending: stillPending,
    ok: oneEach && canceledButNot === 0 && stillPending <= reportedNotCanceled,
    retries: report.requests - jobs.length,
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const round = (n: number, digits = 1) => Number(n.toFixed(digits))

interface Run {
  ms: number
  failed: number
  check?: unknown
}

type Method = (jobs: ProvisionerJob[]) => Promise<{ failed: number; report?: BulkCancelReport }>

async function runOnce(scenario: Scenario, count: number, method: Method): Promise<Run> {
  const jobs = await freshJobs(count)
  await control('faults', scenario.faults)
  const started = performance.now()
  const result = await method(jobs)
  const ms = performance.now() - started
  await control('faults', { rate: 0 })
  // Progress on stderr; stdout stays pure JSON.
  console.error(`${scenario.name} ${method.name} ${count} jobs: ${Math.round(ms)} ms`)
  const check = result.report ? await verify(jobs, result.report) : undefined
  return { ms, failed: result.failed, check }
}

function summarize(runs: Run[], count: number) {
  const ms = median(runs.map((r) => r.ms))
  const checks = runs.flatMap((r) => (r.check ? [r.check] : []))
  return {
    jobs: count,
    median_ms: round(ms),
    runs_ms: runs.map((r) => round(r.ms)),
    ms_per_job: round(ms / count, 2),
    jobs_per_s: round((count / ms) * 1000),
    not_canceled: runs.map((r) => r.failed),
    ...(checks.length ? { verification: checks } : {}),
  }
}

async function benchScenario(scenario: Scenario) {
  const sampled = scenario.runbookJobs < JOBS
  // One sequential pass is slow and steady enough; the parallel methods get REPS runs each,
  // interleaved so that load from elsewhere on the machine hits both alike.
  const runbookResult = summarize(
    [await runOnce(scenario, scenario.runbookJobs, runbook)],
    scenario.runbookJobs,
  )
  const raw: Run[] = []
  const eng: Run[] = []
  for (let i = 0; i < REPS; i++) {
    raw.push(await runOnce(scenario, JOBS, rawPool))
    eng.push(await runOnce(scenario, JOBS, engine))
  }
  const rawSummary = summarize(raw, JOBS)
  const engineSummary = summarize(eng, JOBS)
  const runbookTotal = runbookResult.ms_per_job * JOBS
  return {
    faults: scenario.faults,
    runbook: {
      ...runbookResult,
      ...(sampled ? { extrapolated_ms_for_all: round(runbookTotal) } : {}),
    },
    raw_pool: rawSummary,
    engine: engineSummary,
    ratios: {
      engine_speedup_vs_runbook: round(runbookTotal / engineSummary.median_ms, 2),
      engine_time_vs_raw_pool: round(engineSummary.median_ms / rawSummary.median_ms, 2),
    },
  }
}

const started = performance.now()
const results: Record<string, unknown> = {}
try {
  for (const scenario of scenarios) results[scenario.name] = await benchScenario(scenario)
} finally {
  globalThis.fetch = nodeFetch
  server.close()
  await emulator.close()
}

console.log(
  JSON.stringify(
    {
      bench: 'cancel',
      jobs: JOBS,
      concurrency: CONCURRENCY,
      repetitions: REPS,
      runbook_sample_when_faulted: RUNBOOK_SAMPLE,
      node: process.version,
      scenarios: results,
      total_s: round((performance.now() - started) / 1000),
    },
    null,
    2,
  ),
)
