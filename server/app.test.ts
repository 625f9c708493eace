import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestEmulator, signIn, type RunningEmulator } from '../emulator/testing.ts'
import { createServerApp, type FetchHandler } from './app.ts'
import { emulatorUpstream } from './proxy.ts'

const OWN = 'http://127.0.0.1:3000'
const INDEX =
  '<!doctype html><div id="root"></div><script type="module" src="/assets/app-abc123.js"></script>'

let dist: string
let emulator: RunningEmulator
let handler: FetchHandler

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'console-dist-'))
  await mkdir(join(dist, 'assets'))
  await writeFile(join(dist, 'index.html'), INDEX)
  await writeFile(join(dist, 'assets', 'app-abc123.js'), 'console.log(1)')
  await writeFile(join(dist, 'favicon.svg'), '<svg/>')
  emulator = await createTestEmulator()
  handler = createServerApp({
    upstream: emulatorUpstream(emulator.app.fetch),
    control: emulator.app.fetch,
    distDir: dist,
  })
})

afterAll(async () => {
  await emulator.close()
  await rm(dist, { recursive: true, force: true })
})

const get = (path: string, init?: RequestInit) => handler(new Request(`${OWN}${path}`, init))

describe('dashboard files', () => {
  it('serves index.html with no-cache and the security headers', async () => {
    const response = await get('/')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe(INDEX)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    expect(response.headers.get('cache-control')).toBe('no-cache')
    const csp = response.headers.get('content-security-policy') ?? ''
    for (const directive of [
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "object-src 'none'",
    ]) {
      expect(csp).toContain(directive)
    }
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
  })

  it('falls back to index.html for client-side routes', async () => {
    const response = await get('/organizations/coder/provisioner-jobs?status=pending')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe(INDEX)
  })

  it('caches hashed assets for a year and revalidates other files', async () => {
    const asset = await get('/assets/app-abc123.js')
    expect(asset.status).toBe(200)
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(await asset.text()).toBe('console.log(1)')
    const icon = await get('/favicon.svg')
    expect(icon.headers.get('content-type')).toBe('image/svg+xml')
    expect(icon.headers.get('cache-control')).toBe('no-cache')
  })

  it('answers 304 to a matching ETag and HEAD without a body', async () => {
    const first = await get('/assets/app-abc123.js')
    const etag = first.headers.get('etag') ?? ''
    expect(etag).not.toBe('')
    const again = await get('/assets/app-abc123.js', { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    const head = await get('/favicon.svg', { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })

  it('404s missing assets instead of serving the app shell', async () => {
    expect((await get('/assets/gone-123.js')).status).toBe(404)
    expect((await get('/missing.png')).status).toBe(404)
  })

  it('never serves files outside dist/', async () => {
    const response = await get('/%2e%2e/%2e%2e/etc/passwd')
    expect(await response.text()).not.toContain('root:')
  })

  it('refuses non-GET requests to the dashboard', async () => {
    expect((await get('/', { method: 'POST' })).status).toBe(405)
  })
})

describe('API through the emulator', () => {
  it('signs in with a password and keeps the session in the cookie', async () => {
    const login = await get('/api/v2/users/login', {
      method: 'POST',
      headers: { Origin: OWN, 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@coder.com', password: 'SomeSecurePassword!' }),
    })
    expect(login.status).toBe(201)
    const cookie = login.headers.getSetCookie()[0] ?? ''
    expect(cookie).toMatch(/^coder_session_token=[^;]+; Path=\//)
    expect(cookie).not.toMatch(/domain|secure/i)
    const me = await get('/api/v2/users/me', {
      headers: { Cookie: cookie.split(';')[0] ?? '', 'Sec-Fetch-Site': 'same-origin' },
    })
    expect(me.status).toBe(200)
    expect(((await me.json()) as { username: string }).username).toBe('admin')
  })

  it('refuses a cross-site mutation before it reaches the emulator', async () => {
    const token = await signIn(emulator.app)
    const response = await get('/api/v2/users/logout', {
      method: 'POST',
      headers: { Cookie: `coder_session_token=${token}`, Origin: 'https://evil.example' },
    })
    expect(response.status).toBe(403)
    expect(((await response.json()) as { message: string }).message).toMatch(/cross-site/i)
    const stillValid = await emulator.app.request('/api/v2/users/me', {
      headers: { 'Coder-Session-Token': token },
    })
    expect(stillValid.status).toBe(200)
  })

  it('POST /console/session turns a valid pasted token into the cookie', async () => {
    const token = await signIn(emulator.app)
    const post = (body: unknown) =>
      get('/console/session', {
        method: 'POST',
        headers: { Origin: OWN, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
    const ok = await post({ session_token: token })
    expect(ok.status).toBe(200)
    expect(ok.headers.get('set-cookie')).toBe(
      `coder_session_token=${token}; Path=/; HttpOnly; SameSite=Lax`,
    )
    expect(((await ok.json()) as { email: string }).email).toBe('admin@coder.com')

    const invalid = await post({ token: 'aaaaaaaaaa-bbbbbbbbbbbbbbbbbbbbbb' })
    expect(invalid.status).toBe(401)
    expect(invalid.headers.get('set-cookie')).toBeNull()
    expect((await post({})).status).toBe(400)

    const crossSite = await get('/console/session', {
      method: 'POST',
      headers: { Origin: 'https://evil.example', 'Content-Type': 'application/json' },
      body: JSON.stringify({ token }),
    })
    expect(crossSite.status).toBe(403)
  })

  it('DELETE /console/session clears the cookie', async () => {
    const response = await get('/console/session', { method: 'DELETE', headers: { Origin: OWN } })
    expect(response.status).toBe(204)
    expect(response.headers.get('set-cookie')).toMatch(/^coder_session_token=; .*Max-Age=0/)
  })

  it('exposes the emulator control API and Coder-style 404s under /api', async () => {
    const reset = await get('/__emulator/reset', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ seed: 'empty' }),
    })
    expect(reset.status).toBeLessThan(300)
    const missing = await get('/api/v2/no-such-thing')
    expect(missing.status).toBe(404)
    expect(await missing.json()).toMatchObject({ message: expect.any(String) })
  })
})
