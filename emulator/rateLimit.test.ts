import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SlidingWindowLimiter } from './rateLimit.ts'
import {
  api,
  createTestEmulator,
  DEFAULT_PASSWORD,
  MEMBER_EMAIL,
  signIn,
  type RunningEmulator,
} from './testing.ts'

// A controllable clock: 10 s into a minute, so a test never straddles a window by accident.
let clock = new Date('2026-01-05T10:00:10Z')
const now = () => clock

describe('SlidingWindowLimiter', () => {
  it('counts per key and window, weighting the previous window', () => {
    let t = new Date('2026-01-05T10:00:00Z')
    const limiter = new SlidingWindowLimiter(4, () => t)
    for (let i = 0; i < 4; i++) expect(limiter.hit('a').limited).toBe(false)
    const blocked = limiter.hit('a')
    expect(blocked).toMatchObject({ limited: true, remaining: 0, limit: 4 })
    expect(blocked.resetAt).toBe(Date.parse('2026-01-05T10:01:00Z') / 1000)
    expect(limiter.hit('b').limited).toBe(false)
    // Half-way through the next minute, half of the previous 4 still count.
    t = new Date('2026-01-05T10:01:30Z')
    expect(limiter.hit('a')).toMatchObject({ limited: false, remaining: 1 })
    expect(limiter.hit('a').limited).toBe(false)
    expect(limiter.hit('a').limited).toBe(true)
    // Two minutes later nothing remains.
    t = new Date('2026-01-05T10:03:00Z')
    expect(limiter.hit('a')).toMatchObject({ limited: false, remaining: 3 })
  })

  it('keeps its state bounded', () => {
    let t = new Date('2026-01-05T10:00:00Z')
    const limiter = new SlidingWindowLimiter(1, () => t)
    for (let i = 0; i < 10_050; i++) limiter.hit(`ip-${i}`)
    expect(limiter.size).toBeLessThanOrEqual(10_000)
    t = new Date('2026-01-05T10:05:00Z')
    limiter.hit('late')
    expect(limiter.size).toBeLessThanOrEqual(10_000)
  })
})

describe('rate limiting middleware', () => {
  let running: RunningEmulator
  let ownerToken: string
  let memberToken: string

  beforeAll(async () => {
    running = await createTestEmulator({ now, config: { rateLimit: 5, loginRateLimit: 3 } })
    ownerToken = await signIn(running.app)
    memberToken = await signIn(running.app, MEMBER_EMAIL)
  }, 60_000)
  afterAll(() => running.close())

  it('limits each user per path and answers 429 with headers', async () => {
    clock = new Date('2026-01-05T11:00:10Z')
    const member = api(running.app, memberToken)
    for (let i = 0; i < 5; i++) {
      const res = await member.get('/users/me')
      expect(res.status).toBe(200)
      expect(res.headers.get('X-RateLimit-Limit')).toBe('5')
      expect(res.headers.get('X-RateLimit-Remaining')).toBe(String(4 - i))
    }
    const limited = await member.get('/users/me')
    expect(limited.status).toBe(429)
    expect(await limited.json()).toEqual({
      message: "You've been rate limited for sending more than 5 requests in 1m0s.",
    })
    expect(limited.headers.get('X-RateLimit-Remaining')).toBe('0')
    expect(limited.headers.get('X-RateLimit-Reset')).toBe(
      String(Date.parse('2026-01-05T11:01:00Z') / 1000),
    )
    expect(limited.headers.get('Retry-After')).toBe('50')
    // Another path and another user still have their own budgets.
    expect((await member.get('/organizations')).status).toBe(200)
    expect((await api(running.app, ownerToken).get('/users/me')).status).toBe(200)
    // Two minutes later the budget is back.
    clock = new Date('2026-01-05T11:02:10Z')
    expect((await member.get('/users/me')).status).toBe(200)
  })

  it('lets owners bypass with X-Coder-Bypass-Ratelimit and answers 428 to others', async () => {
    clock = new Date('2026-01-05T12:00:10Z')
    const owner = api(running.app, ownerToken)
    for (let i = 0; i < 8; i++) {
      const res = await owner.get('/buildinfo', { 'X-Coder-Bypass-Ratelimit': 'true' })
      expect(res.status).toBe(200)
    }
    const member = await api(running.app, memberToken).get('/buildinfo', {
      'X-Coder-Bypass-Ratelimit': 'true',
    })
    expect(member.status).toBe(428)
    expect(member.headers.get('Content-Type')).toMatch(/^text\/plain/)
    expect((await member.text()).trim()).toBe(
      '"X-Coder-Bypass-Ratelimit" provided but user is not owner',
    )
  })

  it('limits logins separately, keyed by client address when anonymous', async () => {
    clock = new Date('2026-01-05T13:00:10Z')
    const anonymous = api(running.app)
    const body = { email: 'admin@coder.com', password: 'wrong' }
    for (let i = 0; i < 3; i++) {
      const res = await anonymous.post('/users/login', body)
      expect(res.status).toBe(401)
      expect(res.headers.get('X-RateLimit-Limit')).toBe('3')
    }
    const limited = await anonymous.post('/users/login', { ...body, password: DEFAULT_PASSWORD })
    expect(limited.status).toBe(429)
    expect(((await limited.json()) as { message: string }).message).toBe(
      "You've been rate limited for sending more than 3 requests in 1m0s.",
    )
  })
})

describe('disabled rate limits', () => {
  it('never limits when the limit is negative', async () => {
    const running = await createTestEmulator({ now, config: { rateLimit: -1 } })
    try {
      const anonymous = api(running.app)
      for (let i = 0; i < 20; i++) {
        const res = await anonymous.get('/buildinfo')
        expect(res.status).toBe(200)
        expect(res.headers.get('X-RateLimit-Limit')).toBeNull()
      }
    } finally {
      await running.close()
    }
  }, 60_000)
})
