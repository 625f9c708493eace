// Shared Playwright fixtures. The webServer (playwright.config.ts) is the real `npm start` server
// with the emulator in process, so the control API lives on the same origin as the dashboard.
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test'

export const OWNER = {
  email: 'admin@coder.com',
  password: 'SomeSecurePassword!',
  username: 'admin',
}
export const MEMBER = {
  email: 'member@coder.com',
  password: 'SomeSecurePassword!',
  username: 'member',
}

export interface CreateJobsBody {
  organization?: string
  count?: number
  type?: string
  status?: string
  initiator?: string
  tags?: Record<string, string>
}

export interface FaultsBody {
  rate: number
  status?: number
  delay_ms?: number
  path?: string
}

export interface EmulatorControl {
  reset(seed?: 'empty' | 'demo'): Promise<void>
  createJobs<T = unknown>(body: CreateJobsBody): Promise<T[]>
  faults(body: FaultsBody): Promise<void>
}

async function control(request: APIRequestContext, path: string, data: unknown) {
  const response = await request.post(`/__emulator/${path}`, { data })
  if (!response.ok()) {
    throw new Error(`POST /__emulator/${path} → ${response.status()}: ${await response.text()}`)
  }
  return response
}

function emulatorControl(request: APIRequestContext): EmulatorControl {
  return {
    reset: async (seed = 'empty') => {
      await control(request, 'reset', { seed })
    },
    createJobs: async <T>(body: CreateJobsBody) => {
      const response = await control(request, 'provisioner-jobs', body)
      return (await response.json()) as T[]
    },
    faults: async (body: FaultsBody) => {
      await control(request, 'faults', body)
    },
  }
}

interface Fixtures {
  emulator: EmulatorControl
  /** Reset the emulator (seed "empty") before the test; opt out with test.use({ resetEmulator: false }). */
  resetEmulator: boolean
}

export const test = base.extend<Fixtures>({
  resetEmulator: [true, { option: true }],
  emulator: [
    async ({ request, resetEmulator }, use) => {
      const emulator = emulatorControl(request)
      if (resetEmulator) await emulator.reset('empty')
      await use(emulator)
      // A test that injected faults must not leak them into the next one.
      await emulator.faults({ rate: 0 })
    },
    { auto: true },
  ],
})

export { expect }

/** Signs in through the dashboard's sign-in page and waits for the app shell. */
export async function signIn(page: Page, { email = OWNER.email, password = OWNER.password } = {}) {
  await page.goto('/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Account menu' })).toBeVisible()
}
