// Reverse proxy from /api on our origin to a real Coder deployment (CODER_URL).
import { dropHopByHop } from './headers.ts'
import { rewriteSetCookie, type CookieContext } from './session.ts'

/** `env` is @hono/node-server's { incoming, outgoing } (the emulator reads the client IP there). */
export type Upstream = (
  request: Request,
  context: CookieContext,
  env?: unknown,
) => Promise<Response>

type FetchLike = (input: Request | string, init?: RequestInit) => Promise<Response>

const UNREACHABLE = {
  message: 'The Coder deployment could not be reached.',
  detail: 'The console server failed to connect to CODER_URL. Check the server log.',
}

// CODER_URL may include a path prefix (Coder behind a path-routing proxy).
const basePath = (target: URL) => target.pathname.replace(/\/+$/, '')

function upstreamUrl(target: URL, requestUrl: string): string {
  const incoming = new URL(requestUrl)
  return `${target.origin}${basePath(target)}${incoming.pathname}${incoming.search}`
}

function forwardedRequestHeaders(request: Request, target: URL): Headers {
  const headers = new Headers(request.headers)
  dropHopByHop(headers)
  headers.delete('host')
  // We already checked the request came from our own pages; Coder should see itself as the
  // origin, and our local URL is none of its business.
  if (headers.has('origin')) headers.set('origin', target.origin)
  headers.delete('referer')
  // fetch() decompresses; asking for identity keeps byte counts honest end to end.
  headers.set('accept-encoding', 'identity')
  return headers
}

/** Hides the deployment's address from the browser and keeps its cookies on our origin. */
function clientResponseHeaders(response: Response, target: URL, context: CookieContext): Headers {
  const headers = new Headers()
  for (const [name, value] of response.headers) {
    if (name === 'set-cookie') continue
    headers.append(name, value)
  }
  dropHopByHop(headers)
  headers.delete('content-encoding')
  headers.delete('content-length')
  for (const cookie of response.headers.getSetCookie()) {
    headers.append('set-cookie', rewriteSetCookie(cookie, context))
  }
  const location = headers.get('location')
  const base = `${target.origin}${basePath(target)}`
  if (location?.startsWith(base)) {
    const rest = location.slice(base.length)
    headers.set('location', rest.startsWith('/') ? rest : `/${rest}`)
  }
  return headers
}

export function createProxy(target: URL, fetchImpl: FetchLike = fetch): Upstream {
  return async (request, context) => {
    const hasBody = request.method !== 'GET' && request.method !== 'HEAD'
    let response: Response
    try {
      response = await fetchImpl(upstreamUrl(target, request.url), {
        method: request.method,
        headers: forwardedRequestHeaders(request, target),
        body: hasBody ? request.body : undefined,
        redirect: 'manual',
        signal: request.signal,
        // Required by Node's fetch to stream a request body.
        ...(hasBody ? { duplex: 'half' } : {}),
      } as RequestInit)
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause
      const code = cause?.code ?? cause?.message ?? 'fetch failed'
      console.error(`proxy: ${request.method} ${new URL(request.url).pathname} failed (${code})`)
      return Response.json(UNREACHABLE, { status: 502 })
    }
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers: clientResponseHeaders(response, target, context),
    })
  }
}

/** The emulator as an upstream: same cookie treatment, no network. */
export function emulatorUpstream(
  fetchHandler: (request: Request, env?: unknown) => Response | Promise<Response>,
) {
  const upstream: Upstream = async (request, context, env) => {
    const response = await fetchHandler(request, env)
    const cookies = response.headers.getSetCookie()
    if (cookies.length === 0) return response
    const headers = new Headers(response.headers)
    headers.delete('set-cookie')
    for (const cookie of cookies) headers.append('set-cookie', rewriteSetCookie(cookie, context))
    return new Response(response.body, { status: response.status, headers })
  }
  return upstream
}
