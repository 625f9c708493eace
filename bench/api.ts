// How fast the emulator answers the prebuild-flood query, next to the cost of merely
// serializing the same rows: `npm run bench:api` prints JSON.
import { loadavg } from 'node:os'
import { PrebuildsSystemUserID } from '../src/api/types.ts'
import { createJobIds } from '../emulator/jobs/createRequest.ts'
import { api, createTestEmulator, signIn } from '../emulator/testing.ts'

interface Measurement {
  jobs: number
  limit: number
  rows: number
  bytes: number
  runs: number
  request_median_ms: number
  stringify_median_ms: number
  ratio: number
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
const round = (n: number) => Math.round(n * 100) / 100

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now()
  const value = await fn()
  return [value, performance.now() - start]
}

// Grows the queue to `total` jobs: 1% humans (who jump the queue), the rest prebuilds.
async function growTo(emu: Parameters<typeof createJobIds>[0], have: number, total: number) {
  const humans = Math.floor((total - have) / 100)
  await createJobIds(emu, { count: humans })
  await createJobIds(emu, { count: total - have - humans, initiator: 'prebuilds' })
}

async function measure(
  call: (path: string) => Promise<Response>,
  jobs: number,
  limit: number,
  runs: number,
): Promise<Measurement> {
  const path = `/organizations/coder/provisionerjobs?status=pending&initiator=${PrebuildsSystemUserID}&limit=${limit}`
  const requestTimes: number[] = []
  let body = ''
  // Warm-up for the small query only: one unlimited 100k answer costs seconds by itself.
  if (limit > 0) await (await call(path)).text()
  for (let i = 0; i < runs; i++) {
    const [text, ms] = await timed(async () => {
      const res = await call(path)
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}`)
      return res.text()
    })
    body = text
    requestTimes.push(ms)
  }
  const rows = JSON.parse(body) as unknown[]
  const stringifyTimes: number[] = []
  for (let i = 0; i < runs; i++) stringifyTimes.push((await timed(() => JSON.stringify(rows)))[1])
  const request = median(requestTimes)
  const stringify = median(stringifyTimes)
  return {
    jobs,
    limit,
    rows: rows.length,
    bytes: body.length,
    runs,
    request_median_ms: round(request),
    stringify_median_ms: round(stringify),
    ratio: round(request / Math.max(stringify, 0.001)),
  }
}

async function main() {
  const started = performance.now()
  const running = await createTestEmulator({ seed: 'empty' })
  try {
    const token = await signIn(running.app)
    const caller = api(running.app, token)
    const call = (path: string) => caller.get(path, { 'X-Coder-Bypass-Ratelimit': 'true' })
    const results: Measurement[] = []
    const setup: Record<string, number> = {}
    let have = 0
    for (const [total, runs50, runsAll] of [
      [10_000, 15, 5],
      [100_000, 11, 3],
    ] as const) {
      const [, ms] = await timed(() => growTo(running.emu, have, total))
      setup[`create_${total}_ms`] = Math.round(ms)
      have = total
      results.push(await measure(call, total, 50, runs50))
      results.push(await measure(call, total, 0, runsAll))
    }
    const report = {
      results,
      setup,
      total_seconds: round((performance.now() - started) / 1000),
      cpu_seconds: round(process.cpuUsage().user / 1e6),
      // Shared machines skew the absolute figures; ratios hold up better.
      load_average_1m: round(loadavg()[0]!),
    }
    console.log(JSON.stringify(report, null, 2))
  } finally {
    await running.close()
  }
}

await main()
