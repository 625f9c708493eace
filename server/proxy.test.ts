import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServerApp } from './app.ts'
import { createProxy } from './proxy.ts'

interface Seen {
  method: string
  url: string
  headers: IncomingMessage['headers']
  body: string
}

let upstream: Server
let target: URL
let seen: Seen[] = []

// A fake Coder: echoes what it received and answers according to the path.
function fakeCoder(req: IncomingMessage, body: string, res: import('node:http').ServerResponse) {
  seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body })
  if (req.url?.startsWith('/coder/api/v2/users/login')) {
    res.writeHead(201, {
      'Content-Type': 'application/json',
      'Set-Cookie': [
        'coder_session_token=tok; Path=/; Domain=coder.example.com; HttpOnly; Secure; SameSite=Lax',
        'other=1; Path=/; Secure; SameSite=None',
      ],
      'X-Custom': 'kept',
      'Keep-Alive': 'timeout=5',
    })
    return res.end(JSON.stringify({ session_token: 'tok' }))
  }
  if (req.url?.startsWith('/coder/api/v2/redirect')) {
    res.writeHead(307, { Location: `${target.origin}/coder/api/v2/elsewhere` })
    return res.end()
  }
  if (req.url?.startsWith('/coder/api/v2/users/me')) {
    const ok = req.headers['coder-session-token'] === 'good-token'
    res.writeHead(ok ? 200 : 401, { 'Content-Type': 'application/json' })
    return res.end(JSON.stringify(ok ? { username: 'admin' } : { message: 'API key is invalid.' }))
  }
  res.writeHead(418, { 'Content-Type': 'application/json' })
  res.end(JSON.stringify({ message: 'teapot', echo: body }))
}

beforeAll(async () => {
  upstream = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => fakeCoder(req, Buffer.concat(chunks).toString(), res))
  })
  await new Promise<void>((done) => upstream.listen(0, '127.0.0.1', done))
  const { port } = upstream.address() as AddressInfo
  target = new URL(`http://127.0.0.1:${port}/coder/`)
})

afterAll(() => new Promise<void>((done) => upstream.close(() => done())))

const OWN = 'http://console.test'
const app = () => createServerApp({ upstream: createProxy(target) })
const last = () => seen[seen.length - 1]

describe('proxy to a real Coder (CODER_URL)', () => {
  it('passes method, path, query, body and status through', async () => {
    seen = []
    const response = await app()(
      new Request(`${OWN}/api/v2/things?q=a%20b`, {
        method: 'PATCH',
        headers: { Origin: OWN, 'Content-Type': 'application/json', Connection: 'x-drop' },
        body: JSON.stringify({ name: 'x' }),
      }),
    )
    expect(response.status).toBe(418)
    expect(await response.json()).toEqual({ message: 'teapot', echo: '{"name":"x"}' })
    expect(last()).toMatchObject({ method: 'PATCH', url: '/coder/api/v2/things?q=a%20b' })
    // The deployment sees itself as the origin and never our address.
    expect(last()?.headers.origin).toBe(target.origin)
    expect(last()?.headers.host).toBe(target.host)
    expect(last()?.headers['content-type']).toBe('application/json')
  })

  it('adds the session header from the cookie for same-origin requests only', async () => {
    seen = []
    const cookie = 'coder_session_token=abc'
    await app()(new Request(`${OWN}/api/v2/x`, { headers: { Cookie: cookie, Origin: OWN } }))
    expect(last()?.headers['coder-session-token']).toBe('abc')
    expect(last()?.headers.cookie).toBe(cookie)
    await app()(
      new Request(`${OWN}/api/v2/x`, {
        headers: { Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' },
      }),
    )
    expect(last()?.headers['coder-session-token']).toBeUndefined()
    const refused = await app()(
      new Request(`${OWN}/api/v2/x`, {
        method: 'POST',
        headers: { Cookie: cookie, Origin: 'https://evil.example' },
      }),
    )
    expect(refused.status).toBe(403)
    expect(seen).toHaveLength(2)
  })

  it('streams a mutation body through when it adds the session header', async () => {
    seen = []
    const response = await app()(
      new Request(`${OWN}/api/v2/organizations`, {
        method: 'POST',
        headers: {
          Cookie: 'coder_session_token=abc',
          'Sec-Fetch-Site': 'same-origin',
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ name: 'acme' }),
      }),
    )
    expect(response.status).toBe(418)
    expect(last()).toMatchObject({ method: 'POST', body: '{"name":"acme"}' })
    expect(last()?.headers['coder-session-token']).toBe('abc')
  })

  it('keeps upstream cookies on our origin and drops hop-by-hop headers', async () => {
    const response = await app()(
      new Request(`${OWN}/api/v2/users/login`, {
        method: 'POST',
        headers: { Origin: OWN, 'Content-Type': 'application/json' },
        body: '{}',
      }),
    )
    expect(response.status).toBe(201)
    expect(response.headers.getSetCookie()).toEqual([
      'coder_session_token=tok; Path=/; HttpOnly; SameSite=Lax',
      'other=1; Path=/; SameSite=Lax',
    ])
    expect(response.headers.get('x-custom')).toBe('kept')
    expect(response.headers.get('keep-alive')).toBeNull()
    expect(await response.json()).toEqual({ session_token: 'tok' })
  })

  it('rewrites redirects so the deployment address stays hidden', async () => {
    const response = await app()(new Request(`${OWN}/api/v2/redirect`))
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe('/api/v2/elsewhere')
  })

  it('answers 502 in Coder’s envelope, without the target, when Coder is down', async () => {
    const closed = createServer()
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done))
    const { port } = closed.address() as AddressInfo
    await new Promise<void>((done) => closed.close(() => done()))
    const down = createServerApp({ upstream: createProxy(new URL(`http://127.0.0.1:${port}`)) })
    const response = await down(new Request(`${OWN}/api/v2/buildinfo`))
    expect(response.status).toBe(502)
    const body = (await response.json()) as { message: string; detail: string }
    expect(body.message).toMatch(/could not be reached/)
    expect(JSON.stringify(body)).not.toContain('127.0.0.1')
  })

  it('POST /console/session checks the token with Coder, then sets the cookie', async () => {
    const post = (token: string) =>
      app()(
        new Request(`${OWN}/console/session`, {
          method: 'POST',
          headers: { Origin: OWN, 'Content-Type': 'application/json' },
          body: JSON.stringify({ token }),
        }),
      )
    const bad = await post('bad-token')
    expect(bad.status).toBe(401)
    expect(bad.headers.get('set-cookie')).toBeNull()
    const good = await post('good-token')
    expect(good.status).toBe(200)
    expect(await good.json()).toEqual({ username: 'admin' })
    expect(good.headers.get('set-cookie')).toBe(
      'coder_session_token=good-token; Path=/; HttpOnly; SameSite=Lax',
    )
  })

  it('does not expose the emulator control API when proxying', async () => {
    const response = await app()(
      new Request(`${OWN}/__emulator/reset`, { method: 'POST', headers: { Origin: OWN } }),
    )
    expect(response.status).toBe(404)
  })
})
