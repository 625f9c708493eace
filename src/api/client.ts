import { ApiError } from './errors'
import type { Response as CoderResponse } from './types'

// The only caller of fetch in the dashboard. The session rides on Coder's
// coder_session_token cookie (same origin; the console's server adds the matching
// Coder-Session-Token header that Coder's CSRF check wants), so no token is handled here.
export const API_BASE = '/api/v2'

export type Query = Record<string, string | number | boolean | string[] | undefined | null>

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  query?: Query
  body?: unknown
  signal?: AbortSignal
  headers?: Record<string, string>
}

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue
    params.set(key, Array.isArray(value) ? value.join(',') : String(value))
  }
  const qs = params.toString()
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`
}

async function readError(res: globalThis.Response): Promise<CoderResponse> {
  const text = await res.text().catch(() => '')
  try {
    const body = JSON.parse(text) as Partial<CoderResponse>
    if (body && typeof body.message === 'string') return body as CoderResponse
  } catch {
    // Not JSON: some middleware (CSRF, 428 bypass) answers in plain text.
  }
  return { message: text.trim() || res.statusText || `Request failed with status ${res.status}` }
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', query, body, signal, headers } = options
  const res = await fetch(buildUrl(path, query), {
    method,
    signal,
    credentials: 'same-origin',
    headers: {
      Accept: 'application/json',
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  })
  // Coder answers 304 for "already so" (prebuild settings); callers treat it as success.
  if (res.status === 304) return undefined as T
  if (!res.ok) throw new ApiError(res.status, await readError(res), res.headers)
  const text = await res.text()
  return (text ? JSON.parse(text) : undefined) as T
}

// The console server's own endpoint (not Coder's): it turns a pasted session token into the
// HttpOnly coder_session_token cookie, so the token never lands in JS-readable storage.
export async function consoleSession(method: 'POST' | 'DELETE', token?: string): Promise<void> {
  const res = await fetch('/console/session', {
    method,
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: token !== undefined ? JSON.stringify({ session_token: token }) : undefined,
  })
  if (!res.ok) throw new ApiError(res.status, await readError(res), res.headers)
}
