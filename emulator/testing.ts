// Fast in-process emulators for tests. A fresh PGlite spends seconds in initdb and the
// migrations, so every test database starts from a migrated data-directory image instead
// (migratedDump.ts: built once per machine and process), then gets seeded.
import type { Api } from './app.ts'
import { defaultConfig, type EmulatorConfig, type SeedName } from './context.ts'
import { openDatabase } from './db.ts'
import { startEmulator, type RunningEmulator } from './index.ts'
import { migratedDump } from './migratedDump.ts'

export type { RunningEmulator }

export interface TestEmulatorOptions {
  seed?: SeedName
  now?: () => Date
  random?: () => number
  config?: Partial<EmulatorConfig>
}

export const DEFAULT_EMAIL = 'admin@coder.com'
export const MEMBER_EMAIL = 'member@coder.com'
export const DEFAULT_PASSWORD = 'SomeSecurePassword!'

let dump: Promise<Blob> | undefined

// A stale or damaged cached image (say, after a PGlite upgrade) is rebuilt once.
async function openFromDump() {
  dump ??= migratedDump()
  try {
    return await openDatabase(undefined, { loadDataDir: await dump })
  } catch {
    dump = migratedDump({ fresh: true })
    return openDatabase(undefined, { loadDataDir: await dump })
  }
}

/** A seeded emulator on an in-memory database; simulation and rate limits stay off unless asked. */
export async function createTestEmulator(
  options: TestEmulatorOptions = {},
): Promise<RunningEmulator> {
  const { seed = 'empty', now = () => new Date(), random = Math.random } = options
  // Rate limits are off unless a test asks: suites easily send 60 logins a minute.
  const config = defaultConfig({
    simulation: false,
    rateLimit: -1,
    loginRateLimit: -1,
    ...options.config,
    seed,
    dataDir: undefined,
  })
  return startEmulator(await openFromDump(), config, { now, random, seed })
}

// '/users/me' means '/api/v2/users/me'; paths already under /api or /__emulator pass through.
const resolvePath = (path: string) =>
  path.startsWith('/api/') || path.startsWith('/__emulator') ? path : `/api/v2${path}`

/** Signs in with a password and returns the session token; throws on anything but 201. */
export async function signIn(
  app: Api,
  email = DEFAULT_EMAIL,
  password = DEFAULT_PASSWORD,
): Promise<string> {
  const res = await app.request('/api/v2/users/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (res.status !== 201) {
    throw new Error(`signIn(${email}) failed: ${res.status} ${await res.text()}`)
  }
  const body = (await res.json()) as { session_token: string }
  return body.session_token
}

export interface ApiCaller {
  get(path: string, headers?: Record<string, string>): Promise<Response>
  post(path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>
  put(path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>
  patch(path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>
  delete(path: string, headers?: Record<string, string>): Promise<Response>
}

/** Requests as a signed-in user (token in Coder-Session-Token); no token → anonymous. */
export function api(app: Api, token?: string): ApiCaller {
  const send = async (
    method: string,
    path: string,
    body?: unknown,
    extra?: Record<string, string>,
  ): Promise<Response> => {
    const headers: Record<string, string> = { ...extra }
    if (token) headers['Coder-Session-Token'] = token
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    return app.request(resolvePath(path), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  }
  return {
    get: (path, headers) => send('GET', path, undefined, headers),
    post: (path, body, headers) => send('POST', path, body, headers),
    put: (path, body, headers) => send('PUT', path, body, headers),
    patch: (path, body, headers) => send('PATCH', path, body, headers),
    delete: (path, headers) => send('DELETE', path, undefined, headers),
  }
}
