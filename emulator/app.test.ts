import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_BODY_BYTES } from './app.ts'
import { createTestEmulator, signIn, type RunningEmulator } from './testing.ts'

// Bad input anywhere must come back as Coder's 400 envelope, never a 500 or a crash.
describe('bad input across the API', () => {
  let running: RunningEmulator
  let token: string
  beforeAll(async () => {
    running = await createTestEmulator()
    token = await signIn(running.app)
  }, 60_000)
  afterAll(() => running.close())

  const raw = (method: string, path: string, body: string) =>
    running.app.request(path, {
      method,
      headers: { 'Coder-Session-Token': token, 'Content-Type': 'application/json' },
      body,
    })

  const mutations: [string, string][] = [
    ['POST', '/api/v2/users/login'],
    ['POST', '/api/v2/organizations'],
    ['PATCH', '/api/v2/organizations/coder'],
    ['POST', '/api/v2/licenses'],
    ['PUT', '/api/v2/prebuilds/settings'],
    ['POST', '/api/v2/authcheck'],
    ['POST', '/__emulator/provisioner-jobs'],
    ['POST', '/__emulator/faults'],
  ]

  it.each(mutations)('%s %s rejects malformed JSON with 400', async (method, path) => {
    const res = await raw(method, path, '{"name": ')
    expect(res.status).toBe(400)
    const body = (await res.json()) as { message: string }
    expect(body.message).toMatch(/valid JSON|Validation failed|Invalid/)
  })

  it.each(mutations)('%s %s rejects an oversized body with 400', async (method, path) => {
    const res = await raw(method, path, `{"name":"${'x'.repeat(MAX_BODY_BYTES)}"}`)
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({
      message: 'Request body must be valid JSON.',
      detail: 'http: request body too large',
    })
  })

  it.each([
    '/api/v2/organizations/coder/provisionerjobs/not-a-uuid',
    '/api/v2/organizations/coder/provisionerjobs?ids=nope',
    '/api/v2/organizations/coder/provisionerjobs?initiator=nope',
    '/api/v2/organizations/coder/provisionerjobs?limit=-1',
    '/api/v2/organizations/coder/provisionerjobs?tags=notjson',
    '/api/v2/organizations/coder/provisionerjobs?bogus=1',
  ])('GET %s answers 400 with Coder’s envelope', async (path) => {
    const res = await running.app.request(path, { headers: { 'Coder-Session-Token': token } })
    expect(res.status).toBe(400)
    const body = (await res.json()) as { message: string }
    expect(typeof body.message).toBe('string')
  })

  it('answers unknown routes with Coder’s 404', async () => {
    const res = await running.app.request('/api/v2/no/such/route')
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ message: 'Route not found.' })
  })
})
