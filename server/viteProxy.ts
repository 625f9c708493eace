// Vite dev/preview proxy options that apply the same session rules as the production server:
// `bypass` runs the decision (and answers 403 itself), `configure` fixes upstream cookies.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ProxyOptions } from 'vite'
import {
  decideApiRequest,
  decideConsoleRequest,
  requestOrigin,
  rewriteSetCookie,
  SESSION_HEADER,
  type RequestFacts,
} from './session.ts'

function factsOf(req: IncomingMessage): RequestFacts {
  const header = (name: string) => {
    const value = req.headers[name]
    return Array.isArray(value) ? value.join(', ') : value
  }
  // Only scheme and host matter here; Vite serves plain http unless configured otherwise.
  const scheme = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http'
  const ownOrigin = requestOrigin(`${scheme}://${header('host') ?? 'localhost'}/`, header)
  return { method: req.method ?? 'GET', ownOrigin, header }
}

function guard(req: IncomingMessage, res: ServerResponse | undefined, targetOrigin: string) {
  const facts = factsOf(req)
  const isApi = (req.url ?? '').startsWith('/api/')
  const decision = isApi ? decideApiRequest(facts) : decideConsoleRequest(facts)
  if (decision.kind === 'reject') {
    res?.writeHead(decision.status, { 'Content-Type': 'application/json' })
    res?.end(JSON.stringify(decision.body))
    // A string result with an ended response tells Vite the request is handled.
    return req.url
  }
  if (decision.sessionToken) req.headers[SESSION_HEADER.toLowerCase()] = decision.sessionToken
  // Checked here against the dev origin; the API server behind us should see its own origin.
  if (req.headers.origin) req.headers.origin = targetOrigin
  return undefined
}

export function consoleProxy(target: string): ProxyOptions {
  const targetOrigin = new URL(target).origin
  return {
    target,
    changeOrigin: true,
    bypass: (req, res) => guard(req, res, targetOrigin),
    configure: (proxy) => {
      proxy.on('proxyRes', (proxyRes, req) => {
        const cookies = proxyRes.headers['set-cookie']
        if (!cookies) return
        const secure = Boolean((req.socket as { encrypted?: boolean }).encrypted)
        proxyRes.headers['set-cookie'] = cookies.map((c) => rewriteSetCookie(c, { secure }))
      })
    },
  }
}

/** The proxy table for vite.config.ts: the API, the console's session endpoint, the control API. */
export function consoleProxyTable(target: string): Record<string, ProxyOptions> {
  const options = consoleProxy(target)
  return { '/api/': options, '/console/': options, '/__emulator/': options }
}
