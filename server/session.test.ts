import { describe, expect, it } from 'vitest'
import {
  classifyOrigin,
  decideApiRequest,
  decideConsoleRequest,
  readCookie,
  requestOrigin,
  rewriteSetCookie,
  sessionCookie,
  type RequestFacts,
} from './session.ts'

const OWN = 'http://127.0.0.1:3000'
const TOKEN = 'abcdefghij-0123456789abcdefghijkl'

function facts(method: string, headers: Record<string, string>): RequestFacts {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))
  return { method, ownOrigin: OWN, header: (name) => lower[name] }
}

const cookie = { Cookie: `theme=dark; coder_session_token=${TOKEN}` }

describe('classifyOrigin', () => {
  it.each([
    [{ 'Sec-Fetch-Site': 'same-origin' }, 'same'],
    [{ Origin: OWN }, 'same'],
    [{ Origin: 'https://evil.example' }, 'cross'],
    [{ Origin: 'null' }, 'cross'],
    [{ 'Sec-Fetch-Site': 'cross-site' }, 'cross'],
    [{ 'Sec-Fetch-Site': 'same-site' }, 'cross'],
    [{ 'Sec-Fetch-Site': 'same-origin', Origin: 'https://evil.example' }, 'cross'],
    [{ 'Sec-Fetch-Site': 'none' }, 'user'],
    [{}, 'unknown'],
  ])('%o → %s', (headers, verdict) => {
    expect(classifyOrigin(facts('POST', headers))).toBe(verdict)
  })
})

describe('decideApiRequest', () => {
  it('copies the cookie into the header for same-origin mutations', () => {
    expect(decideApiRequest(facts('POST', { ...cookie, Origin: OWN }))).toEqual({
      kind: 'forward',
      sessionToken: TOKEN,
    })
    expect(
      decideApiRequest(facts('DELETE', { ...cookie, 'Sec-Fetch-Site': 'same-origin' })),
    ).toEqual({ kind: 'forward', sessionToken: TOKEN })
  })

  it('copies the cookie for same-origin and user-initiated reads', () => {
    const read = decideApiRequest(facts('GET', { ...cookie, 'Sec-Fetch-Site': 'same-origin' }))
    expect(read).toEqual({ kind: 'forward', sessionToken: TOKEN })
    const typed = decideApiRequest(facts('GET', { ...cookie, 'Sec-Fetch-Site': 'none' }))
    expect(typed).toEqual({ kind: 'forward', sessionToken: TOKEN })
  })

  it('refuses cross-site mutations, with or without a cookie', () => {
    for (const headers of <Record<string, string>[]>[
      { ...cookie, Origin: 'https://evil.example' },
      { ...cookie, 'Sec-Fetch-Site': 'cross-site' },
      { Origin: 'https://evil.example' },
    ]) {
      const decision = decideApiRequest(facts('PUT', headers))
      expect(decision.kind).toBe('reject')
      if (decision.kind === 'reject') {
        expect(decision.status).toBe(403)
        expect(decision.body.message).toMatch(/cross-site/i)
      }
    }
  })

  it('refuses cookie mutations that carry no same-origin proof', () => {
    expect(decideApiRequest(facts('POST', cookie)).kind).toBe('reject')
  })

  it('never copies the cookie for cross-site reads', () => {
    const decision = decideApiRequest(facts('GET', { ...cookie, 'Sec-Fetch-Site': 'cross-site' }))
    expect(decision).toEqual({ kind: 'forward' })
  })

  it('leaves token-header and cookieless tool requests alone', () => {
    const tool = facts('POST', { 'Coder-Session-Token': TOKEN, Origin: 'https://evil.example' })
    expect(decideApiRequest(tool)).toEqual({ kind: 'forward' })
    expect(decideApiRequest(facts('POST', {}))).toEqual({ kind: 'forward' })
  })
})

describe('decideConsoleRequest', () => {
  it('refuses cross-site posts and allows same-origin ones', () => {
    expect(decideConsoleRequest(facts('POST', { Origin: 'https://evil.example' })).kind).toBe(
      'reject',
    )
    expect(decideConsoleRequest(facts('POST', { Origin: OWN })).kind).toBe('forward')
  })
})

describe('rewriteSetCookie', () => {
  const upstream =
    'coder_session_token=abc; Path=/; Domain=coder.example.com; Expires=Fri, 04 Dec 2026 17:00:00 GMT; HttpOnly; Secure; SameSite=Lax'

  it('drops Domain and Secure when we are served over http', () => {
    expect(rewriteSetCookie(upstream, { secure: false })).toBe(
      'coder_session_token=abc; Path=/; Expires=Fri, 04 Dec 2026 17:00:00 GMT; HttpOnly; SameSite=Lax',
    )
  })

  it('keeps Secure over https but still drops Domain', () => {
    const rewritten = rewriteSetCookie(upstream, { secure: true })
    expect(rewritten).toContain('; Secure')
    expect(rewritten).not.toMatch(/domain/i)
  })

  it('turns SameSite=None into Lax without Secure (browsers would drop it)', () => {
    expect(rewriteSetCookie('a=1; Secure; SameSite=None', { secure: false })).toBe(
      'a=1; SameSite=Lax',
    )
    expect(rewriteSetCookie('a=1; Secure; SameSite=None', { secure: true })).toBe(
      'a=1; Secure; SameSite=None',
    )
  })
})

describe('helpers', () => {
  it('reads a cookie by exact name', () => {
    expect(readCookie('xcoder_session_token=1; coder_session_token=2', 'coder_session_token')).toBe(
      '2',
    )
    expect(readCookie('coder_session_token=', 'coder_session_token')).toBeUndefined()
    expect(readCookie(undefined, 'coder_session_token')).toBeUndefined()
  })

  it('builds the session cookie, Secure only over https', () => {
    expect(sessionCookie('t', { secure: false })).toBe(
      'coder_session_token=t; Path=/; HttpOnly; SameSite=Lax',
    )
    expect(sessionCookie('t', { secure: true })).toMatch(/; Secure$/)
  })

  it('honours X-Forwarded-Proto/Host from a TLS-terminating proxy', () => {
    const headers: Record<string, string> = {
      host: '127.0.0.1:3000',
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'console.example.com',
    }
    expect(requestOrigin('http://127.0.0.1:3000/api', (n) => headers[n])).toBe(
      'https://console.example.com',
    )
    expect(requestOrigin('http://127.0.0.1:3000/api', () => undefined)).toBe(OWN)
  })
})
