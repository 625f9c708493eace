// The console server as one fetch handler: /api → Coder or the emulator (with the session rules
// from session.ts), /console/session for pasted tokens, /__emulator control API, and the
// dashboard from dist/. main.ts only listens; tests call the handler directly.
import { applySecurityHeaders } from './headers.ts'
import type { Upstream } from './proxy.ts'
import {
  clearSessionCookie,
  decideApiRequest,
  decideConsoleRequest,
  requestOrigin,
  sessionCookie,
  SESSION_HEADER,
  type CookieContext,
  type CoderMessage,
  type RequestFacts,
} from './session.ts'
import { createStaticHandler } from './static.ts'

export type FetchHandler = (request: Request, env?: unknown) => Promise<Response>

export interface ServerAppOptions {
  upstream: Upstream
  /** The emulator's own handler for /__emulator/*; absent when proxying to a real Coder. */
  control?: (request: Request, env?: unknown) => Response | Promise<Response>
  /** The built dashboard; absent in dev, where Vite serves it. */
  distDir?: string
}

const json = (status: number, body: unknown, headers?: Record<string, string>) =>
  Response.json(body, { status, headers })

const notFound = () => json(404, { message: 'Route not found.' } satisfies CoderMessage)

function factsOf(request: Request): { facts: RequestFacts; context: CookieContext } {
  const header = (name: string) => request.headers.get(name) ?? undefined
  const ownOrigin = requestOrigin(request.url, header)
  return {
    facts: { method: request.method, ownOrigin, header },
    context: { secure: ownOrigin.startsWith('https:') },
  }
}

function withSessionHeader(request: Request, token: string): Request {
  const headers = new Headers(request.headers)
  headers.set(SESSION_HEADER, token)
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD'
  return new Request(request.url, {
    method: request.method,
    headers,
    body: hasBody ? request.body : undefined,
    signal: request.signal,
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit)
}

async function readToken(request: Request): Promise<string | undefined> {
  try {
    const body = (await request.json()) as { token?: unknown; session_token?: unknown }
    const token = body.token ?? body.session_token
    return typeof token === 'string' && token.trim() ? token.trim() : undefined
  } catch {
    return undefined
  }
}

// Signs in with a pasted token (SSO users have no password here): the token is checked against
// Coder, then kept in an HttpOnly cookie so page scripts never hold it.
async function consoleSession(request: Request, upstream: Upstream, context: CookieContext) {
  const noStore = { 'Cache-Control': 'no-store' }
  if (request.method === 'DELETE') {
    return new Response(null, {
      status: 204,
      headers: { ...noStore, 'Set-Cookie': clearSessionCookie(context) },
    })
  }
  if (request.method !== 'POST') return json(405, { message: 'Method not allowed.' })
  const token = await readToken(request)
  if (!token) {
    return json(400, {
      message: 'Validation failed.',
      validations: [{ field: 'token', detail: 'A session token is required.' }],
    })
  }
  const me = new Request(new URL('/api/v2/users/me', request.url), {
    headers: { [SESSION_HEADER]: token, Accept: 'application/json' },
  })
  const answer = await upstream(me, context)
  const text = await answer.text()
  const headers = { ...noStore, 'Content-Type': 'application/json' }
  if (!answer.ok) return new Response(text, { status: answer.status, headers })
  return new Response(text, {
    status: 200,
    headers: { ...headers, 'Set-Cookie': sessionCookie(token, context) },
  })
}

async function route(
  request: Request,
  env: unknown,
  options: ServerAppOptions,
  serveStatic?: FetchHandler,
) {
  const { pathname } = new URL(request.url)
  const { facts, context } = factsOf(request)
  if (pathname === '/api' || pathname.startsWith('/api/')) {
    const decision = decideApiRequest(facts)
    if (decision.kind === 'reject') return json(decision.status, decision.body)
    const forwarded = decision.sessionToken
      ? withSessionHeader(request, decision.sessionToken)
      : request
    return options.upstream(forwarded, context, env)
  }
  if (pathname === '/console' || pathname.startsWith('/console/')) {
    const decision = decideConsoleRequest(facts)
    if (decision.kind === 'reject') return json(decision.status, decision.body)
    if (pathname !== '/console/session') return notFound()
    return consoleSession(request, options.upstream, context)
  }
  if (pathname.startsWith('/__emulator/')) {
    // A cross-site page must not be able to reset someone's local emulator either.
    const decision = decideConsoleRequest(facts)
    if (decision.kind === 'reject') return json(decision.status, decision.body)
    return options.control ? options.control(request, env) : notFound()
  }
  return serveStatic ? serveStatic(request) : notFound()
}

export function createServerApp(options: ServerAppOptions): FetchHandler {
  const serveStatic = options.distDir ? createStaticHandler(options.distDir) : undefined
  return async (request, env) => {
    const response = await route(request, env, options, serveStatic)
    // Responses from fetch() have immutable headers; copy before adding ours.
    const headers = new Headers(response.headers)
    applySecurityHeaders(headers)
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    })
  }
}
