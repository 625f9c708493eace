import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestEmulator, signIn, type RunningEmulator } from './testing.ts'

let running: RunningEmulator
let token: string

const CSRF_TEXT =
  'Something is wrong with your CSRF token. Please refresh the page. If this error persists, try clearing your cookies.'

beforeAll(async () => {
  running = await createTestEmulator()
  token = await signIn(running.app)
}, 60_000)
afterAll(() => running.close())

const createOrg = (name: string, headers: Record<string, string>, query = '') =>
  running.app.request(`/api/v2/organizations${query}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ name }),
  })

describe('CSRF protection', () => {
  it('rejects a cookie-authenticated mutation without the matching header', async () => {
    const res = await createOrg('csrf-a', { Cookie: `coder_session_token=${token}` })
    expect(res.status).toBe(400)
    expect(res.headers.get('Content-Type')).toMatch(/^text\/plain/)
    expect((await res.text()).trim()).toBe(CSRF_TEXT)
  })

  it('rejects a header that differs from the cookie', async () => {
    const other = await signIn(running.app)
    const res = await createOrg('csrf-b', {
      Cookie: `coder_session_token=${token}`,
      'Coder-Session-Token': other,
    })
    expect(res.status).toBe(400)
  })

  it('accepts the cookie when the header or query parameter repeats it', async () => {
    const cookie = `coder_session_token=${token}`
    const viaHeader = await createOrg('csrf-c', { Cookie: cookie, 'Coder-Session-Token': token })
    expect(viaHeader.status).toBe(201)
    const viaQuery = await createOrg('csrf-d', { Cookie: cookie }, `?coder_session_token=${token}`)
    expect(viaQuery.status).toBe(201)
  })

  it('lets safe methods and cookieless requests through', async () => {
    const read = await running.app.request('/api/v2/users/me', {
      headers: { Cookie: `coder_session_token=${token}` },
    })
    expect(read.status).toBe(200)
    const headerOnly = await createOrg('csrf-e', { 'Coder-Session-Token': token })
    expect(headerOnly.status).toBe(201)
  })

  it('does not affect a login without a cookie, but guards one that carries a cookie', async () => {
    const body = JSON.stringify({ email: 'admin@coder.com', password: 'SomeSecurePassword!' })
    const headers = { 'Content-Type': 'application/json' }
    const plain = await running.app.request('/api/v2/users/login', {
      method: 'POST',
      headers,
      body,
    })
    expect(plain.status).toBe(201)
    const withCookie = await running.app.request('/api/v2/users/login', {
      method: 'POST',
      headers: { ...headers, Cookie: `coder_session_token=${token}` },
      body,
    })
    expect(withCookie.status).toBe(400)
  })
})
