// `npm run bench:queue`: time to first rows and to apply a filter on the provisioner-jobs page
// (virtualized) versus a plain, non-virtualized Mantine table of the same rows
// (/organizations/coder/provisioner-jobs/plain, a route that exists only as this baseline),
// in one Chromium run against a fresh emulator with 10,000 jobs. Prints JSON.
import { spawn, type ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium, type Browser, type BrowserContext } from 'playwright-core'

const root = resolve(import.meta.dirname, '..')
const port = Number(process.env.BENCH_PORT ?? 4560)
const base = `http://127.0.0.1:${port}`
const runs = Number(process.env.BENCH_RUNS ?? 3)
const dataDir = resolve(root, '.data/bench-queue')
const PENDING = 7_000
const RUNNING = 3_000

type Variant = 'virtualized' | 'plain'
const pages: Record<Variant, { path: string; firstRow: string }> = {
  virtualized: {
    path: '/organizations/coder/provisioner-jobs?live=false',
    firstRow: '[role="table"][aria-label="Provisioner jobs"] [role="row"][aria-rowindex="2"]',
  },
  plain: {
    path: '/organizations/coder/provisioner-jobs/plain',
    firstRow: 'table[aria-label="Provisioner jobs (plain)"] tbody tr',
  },
}

function startServer(): ChildProcess {
  rmSync(dataDir, { recursive: true, force: true })
  return spawn('npx', ['tsx', 'server/main.ts'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      EMULATOR_SEED: 'empty',
      EMULATOR_SIMULATION: 'off',
      EMULATOR_RATE_LIMIT: '-1',
    },
  })
}

async function waitForServer(timeoutMs = 240_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/v2/buildinfo`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`the server on ${base} did not start`)
}

async function seedJobs() {
  for (const [count, status] of [
    [PENDING, 'pending'],
    [RUNNING, 'running'],
  ] as const) {
    const res = await fetch(`${base}/__emulator/provisioner-jobs`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ organization: 'coder', count, status, initiator: 'prebuilds' }),
    })
    if (!res.ok) throw new Error(`seeding ${status} jobs: ${res.status} ${await res.text()}`)
  }
}

async function signedInContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: base,
    viewport: { width: 1440, height: 900 },
  })
  const page = await context.newPage()
  await page.goto('/login')
  await page.getByLabel('Email').fill('admin@coder.com')
  await page.getByLabel('Password', { exact: true }).fill('SomeSecurePassword!')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.getByRole('button', { name: 'Account menu' }).waitFor({ timeout: 60_000 })
  await page.close()
  return context
}

// Browser-side helpers, as source text (this file is type-checked without DOM types).
// untilPainted resolves with performance.now() one frame after done() first holds, so layout
// and paint of what was committed are part of the measurement.
const pageHelpers = `
window.untilPainted = (done) => new Promise((resolve) => {
  const check = () => {
    if (!done()) return
    observer.disconnect()
    requestAnimationFrame(() => resolve(performance.now()))
  }
  const observer = new MutationObserver(check)
  observer.observe(document, { subtree: true, childList: true, characterData: true })
  check()
})
// When the last provisioner-jobs response before \`at\` finished arriving.
window.listResponseEnd = (at) => Math.max(0, ...performance.getEntriesByType('resource')
  .filter((e) => e.name.includes('/provisionerjobs') && e.responseEnd <= at)
  .map((e) => e.responseEnd))`

function applyRunningPreset(variant: Variant): string {
  // Settled when exactly the running jobs are listed (and, for the page, the "Applying
  // filter" bar is gone): row counts, because the newest rows are running jobs either way.
  const done =
    variant === 'plain'
      ? `document.querySelectorAll('table tbody tr').length === ${RUNNING}`
      : `document.querySelector('[role="table"]')?.getAttribute('aria-rowcount') === '${RUNNING + 1}' &&
         !document.querySelector('[aria-label="Applying filter"]')`
  return `(async () => {
    const scope = document.querySelector('[aria-label="Presets"]') ?? document
    const button = [...scope.querySelectorAll('button')].find((b) => b.textContent === 'Running')
    if (!button) throw new Error('no "Running" preset button')
    const start = performance.now()
    button.click()
    const end = await window.untilPainted(() => ${done})
    return { total: end - start, render: end - Math.max(start, window.listResponseEnd(end)) }
  })()`
}

interface Timing {
  /** from navigation start (first rows) or the click (filter) to the painted rows */
  total: number
  /** the part after the list response arrived: rendering, layout, paint */
  render: number
}

async function measure(context: BrowserContext, variant: Variant) {
  const spec = pages[variant]
  const page = await context.newPage()
  await page.addInitScript({
    content: `${pageHelpers}
window.firstRows = window.untilPainted(() => document.querySelector(${JSON.stringify(spec.firstRow)}) !== null)`,
  })
  await page.goto(spec.path, { waitUntil: 'commit' })
  await page.waitForSelector(spec.firstRow, { state: 'attached', timeout: 600_000 })
  const first = (await page.evaluate(
    'window.firstRows.then((at) => ({ total: at, render: at - window.listResponseEnd(at) }))',
  )) as Timing
  const filter = (await page.evaluate(applyRunningPreset(variant))) as Timing
  await page.close()
  return { first, filter }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const round = (n: number) => Math.round(n)

async function main() {
  const server = startServer()
  const stop = () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM')
  }
  let browser: Browser | undefined
  try {
    await waitForServer()
    await seedJobs()
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    })
    const context = await signedInContext(browser)
    await measure(context, 'virtualized') // warm-up: caches, JIT, first build of chunks
    const keys = [
      'firstRowsMs',
      'firstRowsRenderMs',
      'filterChangeMs',
      'filterChangeRenderMs',
    ] as const
    const samples = {
      virtualized: Object.fromEntries(keys.map((k) => [k, [] as number[]])),
      plain: Object.fromEntries(keys.map((k) => [k, [] as number[]])),
    } as Record<Variant, Record<(typeof keys)[number], number[]>>
    for (let i = 0; i < runs; i++) {
      for (const variant of ['virtualized', 'plain'] as const) {
        const { first, filter } = await measure(context, variant)
        const into = samples[variant]
        into.firstRowsMs.push(round(first.total))
        into.firstRowsRenderMs.push(round(first.render))
        into.filterChangeMs.push(round(filter.total))
        into.filterChangeRenderMs.push(round(filter.render))
      }
    }
    const summary = (v: Variant) =>
      ({
        ...Object.fromEntries(keys.map((k) => [k, median(samples[v][k])])),
        samples: samples[v],
      }) as Record<(typeof keys)[number], number> & { samples: unknown }
    const virtualized = summary('virtualized')
    const plain = summary('plain')
    const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100
    console.log(
      JSON.stringify(
        {
          benchmark: 'queue',
          jobs: PENDING + RUNNING,
          filterChange: `all jobs → Running preset (${RUNNING} rows)`,
          runs,
          chromium: browser.version(),
          virtualized,
          plain,
          plainOverVirtualized: Object.fromEntries(
            keys.map((k) => [k.replace(/Ms$/, ''), ratio(plain[k], virtualized[k])]),
          ),
        },
        null,
        2,
      ),
    )
  } finally {
    await browser?.close()
    stop()
  }
}

await main()
