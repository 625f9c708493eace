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
const runs = Number(process.env.BENCH_RUNS ?? 5)
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
})`

function applyRunningPreset(variant: Variant): string {
  const firstRow = variant === 'plain' ? 'table tbody tr' : '[role="row"][aria-rowindex="2"]'
  // The plain table shows the new rows once it has re-rendered with fewer than all of them;
  // the virtualized one once the "Applying filter" bar is gone.
  const settled =
    variant === 'plain'
      ? `document.querySelectorAll('tbody tr').length < ${PENDING + RUNNING}`
      : `!document.querySelector('[aria-label="Applying filter"]')`
  return `(async () => {
    const scope = document.querySelector('[aria-label="Presets"]') ?? document
    const button = [...scope.querySelectorAll('button')].find((b) => b.textContent === 'Running')
    if (!button) throw new Error('no "Running" preset button')
    const done = () =>
      (document.querySelector('${firstRow}')?.textContent ?? '').includes('Running') && ${settled}
    const start = performance.now()
    button.click()
    return (await window.untilPainted(done)) - start
  })()`
}

async function measure(context: BrowserContext, variant: Variant) {
  const spec = pages[variant]
  const page = await context.newPage()
  await page.addInitScript({
    content: `${pageHelpers}
window.firstRows = window.untilPainted(() => document.querySelector(${JSON.stringify(spec.firstRow)}) !== null)`,
  })
  await page.goto(spec.path, { waitUntil: 'commit' })
  await page.waitForSelector(spec.firstRow, { timeout: 120_000 })
  const firstRowsMs = (await page.evaluate('window.firstRows')) as number
  const filterMs = (await page.evaluate(applyRunningPreset(variant))) as number
  await page.close()
  return { firstRowsMs, filterMs }
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
    const samples: Record<Variant, { firstRowsMs: number[]; filterMs: number[] }> = {
      virtualized: { firstRowsMs: [], filterMs: [] },
      plain: { firstRowsMs: [], filterMs: [] },
    }
    for (let i = 0; i < runs; i++) {
      for (const variant of ['virtualized', 'plain'] as const) {
        const result = await measure(context, variant)
        samples[variant].firstRowsMs.push(round(result.firstRowsMs))
        samples[variant].filterMs.push(round(result.filterMs))
      }
    }
    const summary = (v: Variant) => ({
      firstRowsMs: median(samples[v].firstRowsMs),
      filterChangeMs: median(samples[v].filterMs),
      samples: samples[v],
    })
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
          plainOverVirtualized: {
            firstRows: ratio(plain.firstRowsMs, virtualized.firstRowsMs),
            filterChange: ratio(plain.filterChangeMs, virtualized.filterChangeMs),
          },
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
