import { defineConfig, devices } from '@playwright/test'

// The real `npm start` server (dashboard + emulator on one origin) on a fresh data directory.
// E2E_PORT lets two checkouts on one machine run side by side.
const port = Number(process.env.E2E_PORT ?? 4173)
const baseURL = `http://127.0.0.1:${port}`
const dataDir = process.env.E2E_DATA_DIR ?? '.data/e2e'

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: '.pw.json' }]] : [['list']],
  use: {
    baseURL,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'debian-chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  webServer: {
    // The data directory is removed by the command, not here: this file is also loaded by
    // each test worker, which must not touch the running server's database.
    command: `rm -rf ${dataDir} && npx tsx server/main.ts`,
    url: `${baseURL}/api/v2/buildinfo`,
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      EMULATOR_SEED: 'empty',
      EMULATOR_SIMULATION: 'off',
      EMULATOR_RATE_LIMIT: '-1',
    },
    reuseExistingServer: !process.env.CI,
    // Includes building the dashboard when dist/ is stale and PGlite's first initdb.
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
})
