// Coder's API rate limits (coderd/httpmw/ratelimit.go over go-chi/httprate): a budget per
// minute for each (user id, or client IP when anonymous) + path, counted with httprate's
// sliding-window estimate on windows aligned to the minute. Windows follow emu.now().
import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from './auth.ts'
import type { Emulator } from './context.ts'

const WINDOW_MS = 60_000
const MAX_KEYS = 10_000
const BYPASS_HEADER = 'X-Coder-Bypass-Ratelimit'
const LOGIN_PATHS = new Set(['/api/v2/users/login'])

interface Counter {
  windowStart: number
  current: number
  previous: number
}

interface Verdict {
  limit: number
  remaining: number
  resetAt: number
  limited: boolean
}

export class SlidingWindowLimiter {
  private readonly counters = new Map<string, Counter>()

  constructor(
    readonly limit: number,
    private readonly now: () => Date,
  ) {}

  hit(key: string): Verdict {
    const nowMs = this.now().getTime()
    const windowStart = Math.floor(nowMs / WINDOW_MS) * WINDOW_MS
    const counter = this.roll(key, windowStart)
    const elapsed = (nowMs - windowStart) / WINDOW_MS
    const rate = Math.round(counter.previous * (1 - elapsed)) + counter.current
    const resetAt = Math.floor((windowStart + WINDOW_MS) / 1000)
    if (rate + 1 > this.limit) return { limit: this.limit, remaining: 0, resetAt, limited: true }
    counter.current += 1
    return { limit: this.limit, remaining: this.limit - rate - 1, resetAt, limited: false }
  }

  get size(): number {
    return this.counters.size
  }

  private roll(key: string, windowStart: number): Counter {
    let counter = this.counters.get(key)
    if (counter && counter.windowStart !== windowStart) {
      const adjacent = counter.windowStart === windowStart - WINDOW_MS
      counter = { windowStart, previous: adjacent ? counter.current : 0, current: 0 }
      this.counters.delete(key)
    }
    if (!counter) {
      this.evict(windowStart)
      counter = { windowStart, previous: 0, current: 0 }
    }
    this.counters.set(key, counter)
    return counter
  }

  // Keys idle for two windows no longer count; beyond MAX_KEYS the least recently used go.
  private evict(windowStart: number): void {
    if (this.counters.size < MAX_KEYS) return
    for (const [key, counter] of this.counters) {
      if (counter.windowStart < windowStart - WINDOW_MS) this.counters.delete(key)
    }
    for (const key of this.counters.keys()) {
      if (this.counters.size < MAX_KEYS) break
      this.counters.delete(key)
    }
  }
}

// @hono/node-server exposes the socket as env.incoming; in-process requests have none.
function clientIp(c: Context<AppEnv>): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined
  return env?.incoming?.socket?.remoteAddress ?? 'unknown'
}

const wantsBypass = (c: Context) =>
  ['1', 't', 'true'].includes((c.req.header(BYPASS_HEADER) ?? '').toLowerCase())

function setHeaders(c: Context, verdict: Verdict): void {
  c.header('X-RateLimit-Limit', String(verdict.limit))
  c.header('X-RateLimit-Remaining', String(verdict.remaining))
  c.header('X-RateLimit-Reset', String(verdict.resetAt))
}

/** Applies config.rateLimit to every /api/v2 path and config.loginRateLimit to login. */
export const rateLimit = (emu: Emulator): MiddlewareHandler<AppEnv> => {
  // UNVERIFIED whether 0 disables in Coder; a zero budget would lock everyone out, so it does.
  const api =
    emu.config.rateLimit > 0
      ? new SlidingWindowLimiter(emu.config.rateLimit, () => emu.now())
      : undefined
  const login =
    emu.config.loginRateLimit > 0
      ? new SlidingWindowLimiter(emu.config.loginRateLimit, () => emu.now())
      : undefined
  return async (c, next) => {
    const limiters = [api, LOGIN_PATHS.has(c.req.path) ? login : undefined].filter(
      (l): l is SlidingWindowLimiter => l !== undefined,
    )
    if (limiters.length === 0) return next()
    const user = c.get('user')
    if (wantsBypass(c)) {
      if (user?.rbac_roles.includes('owner')) return next()
      // httprate answers a failing key function with http.Error (plain text) and 428.
      return c.text(`"${BYPASS_HEADER}" provided but user is not owner\n`, 428)
    }
    const key = `${user ? user.id : clientIp(c)}:${c.req.path}`
    for (const limiter of limiters) {
      const verdict = limiter.hit(key)
      setHeaders(c, verdict)
      if (verdict.limited) {
        // Newer httprate versions send Retry-After with the 429; Coder's pin may not.
        const nowSeconds = Math.floor(emu.now().getTime() / 1000)
        c.header('Retry-After', String(Math.max(0, verdict.resetAt - nowSeconds)))
        return c.json(
          {
            message: `You've been rate limited for sending more than ${verdict.limit} requests in 1m0s.`,
          },
          429,
        )
      }
    }
    return next()
  }
}
