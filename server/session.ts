// The session/CSRF rules shared by the production server (server/app.ts) and Vite's dev/preview
// proxy (server/viteProxy.ts). Pure: no I/O, no globals, so both paths behave the same.
//
// Why: Coder authenticates browsers with the HttpOnly coder_session_token cookie, but its CSRF
// middleware refuses cookie-authenticated mutations unless the Coder-Session-Token header carries
// the same value. The dashboard never sees the token (HttpOnly), so this server adds the header —
// and only for requests that provably come from our own pages, which keeps the header from
// turning into a CSRF bypass.

export const SESSION_COOKIE = 'coder_session_token'
export const SESSION_HEADER = 'Coder-Session-Token'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export interface CoderMessage {
  message: string
  detail?: string
}

export interface RequestFacts {
  method: string
  /** Our own origin as the browser sees it, e.g. http://127.0.0.1:3000. */
  ownOrigin: string
  /** Reads a request header by lower-case name. */
  header: (name: string) => string | undefined
}

export type ApiDecision =
  { kind: 'forward'; sessionToken?: string } | { kind: 'reject'; status: 403; body: CoderMessage }

/** 'same': proven same-origin; 'cross': a browser said otherwise; 'unknown': not a browser. */
export type OriginVerdict = 'same' | 'user' | 'cross' | 'unknown'

export function classifyOrigin(facts: RequestFacts): OriginVerdict {
  const site = facts.header('sec-fetch-site')
  const origin = facts.header('origin')
  if (site && site !== 'same-origin' && site !== 'none') return 'cross'
  if (origin !== undefined && origin !== facts.ownOrigin) return 'cross'
  if (site === 'same-origin' || origin !== undefined) return 'same'
  // Sec-Fetch-Site: none is a navigation the user started (typed URL, bookmark).
  return site === 'none' ? 'user' : 'unknown'
}

export function readCookie(cookieHeader: string | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=')
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue
    const value = part.slice(eq + 1).trim()
    return value === '' ? undefined : value
  }
  return undefined
}

const CROSS_SITE: CoderMessage = {
  message: 'Cross-site request refused.',
  detail:
    'Requests that change data with the session cookie must come from this console itself ' +
    '(same-origin Origin or Sec-Fetch-Site header).',
}

/** What to do with a request under /api before it goes to Coder (or the emulator). */
export function decideApiRequest(facts: RequestFacts): ApiDecision {
  const unsafe = !SAFE_METHODS.has(facts.method.toUpperCase())
  const verdict = classifyOrigin(facts)
  // An explicit token header is its own CSRF proof: a cross-site page cannot set custom headers
  // without a CORS preflight, which this server never grants. Tools (CLI, curl) use this path.
  if (facts.header(SESSION_HEADER.toLowerCase())) return { kind: 'forward' }
  const cookieToken = readCookie(facts.header('cookie'), SESSION_COOKIE)
  if (unsafe && verdict === 'cross') return { kind: 'reject', status: 403, body: CROSS_SITE }
  if (!cookieToken) return { kind: 'forward' }
  if (verdict === 'same' || (!unsafe && verdict === 'user')) {
    return { kind: 'forward', sessionToken: cookieToken }
  }
  if (unsafe) return { kind: 'reject', status: 403, body: CROSS_SITE }
  return { kind: 'forward' }
}

/** /console/* endpoints: refuse browser requests from other sites (login CSRF). */
export function decideConsoleRequest(facts: RequestFacts): ApiDecision {
  const unsafe = !SAFE_METHODS.has(facts.method.toUpperCase())
  if (unsafe && classifyOrigin(facts) === 'cross') {
    return { kind: 'reject', status: 403, body: CROSS_SITE }
  }
  return { kind: 'forward' }
}

export interface CookieContext {
  /** True when the browser reaches us over https. */
  secure: boolean
}

/**
 * Makes an upstream Set-Cookie stick on our origin: the Domain names the Coder deployment, and
 * a Secure cookie is dropped by the browser when we are served over plain http.
 */
export function rewriteSetCookie(setCookie: string, { secure }: CookieContext): string {
  const [pair = '', ...attributes] = setCookie.split(';').map((part) => part.trim())
  const kept: string[] = []
  for (const attribute of attributes) {
    const name = attribute.split('=', 1)[0]?.toLowerCase()
    if (!attribute || name === 'domain') continue
    if (!secure && name === 'secure') continue
    // Browsers reject SameSite=None without Secure; Lax keeps the cookie working same-origin.
    if (!secure && name === 'samesite' && /=\s*none$/i.test(attribute)) {
      kept.push('SameSite=Lax')
      continue
    }
    kept.push(attribute)
  }
  return [pair, ...kept].join('; ')
}

export function sessionCookie(token: string, { secure }: CookieContext): string {
  const parts = [`${SESSION_COOKIE}=${token}`, 'Path=/', 'HttpOnly', 'SameSite=Lax']
  if (secure) parts.push('Secure')
  return parts.join('; ')
}

export function clearSessionCookie({ secure }: CookieContext): string {
  const parts = [`${SESSION_COOKIE}=`, 'Path=/', 'Max-Age=0', 'HttpOnly', 'SameSite=Lax']
  if (secure) parts.push('Secure')
  return parts.join('; ')
}

/** The origin the browser used, honouring a TLS-terminating reverse proxy in front of us. */
export function requestOrigin(url: string, header: (name: string) => string | undefined): string {
  const parsed = new URL(url)
  const proto = header('x-forwarded-proto')?.split(',')[0]?.trim() || parsed.protocol.slice(0, -1)
  const host = header('x-forwarded-host')?.split(',')[0]?.trim() || header('host') || parsed.host
  return `${proto}://${host}`
}
