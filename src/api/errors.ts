import type { Response as CoderResponse, ValidationError } from './types'

// Every failed request becomes an ApiError carrying Coder's envelope, so the UI has one
// shape to render: message, detail and per-field validations.
export class ApiError extends Error {
  readonly status: number
  readonly detail?: string
  readonly validations: ValidationError[]
  readonly headers: Headers

  constructor(status: number, body: CoderResponse, headers: Headers = new Headers()) {
    super(body.message)
    this.name = 'ApiError'
    this.status = status
    this.detail = body.detail
    this.validations = body.validations ?? []
    this.headers = headers
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError

export function errorMessage(error: unknown, fallback = 'Something went wrong'): string {
  if (isApiError(error)) return error.message || fallback
  if (error instanceof Error && error.message) return error.message
  return fallback
}

export function errorDetail(error: unknown): string | undefined {
  return isApiError(error) ? error.detail : undefined
}

export function fieldErrors(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {}
  return Object.fromEntries(error.validations.map((v) => [v.field, v.detail]))
}

// Seconds to wait before trying again, from Retry-After or the rate-limit reset header.
export function retryAfterSeconds(error: unknown, nowMs = Date.now()): number | undefined {
  if (!isApiError(error)) return undefined
  const retryAfter = error.headers.get('Retry-After')
  if (retryAfter && /^\d+$/.test(retryAfter.trim())) return Number(retryAfter)
  const reset = error.headers.get('X-RateLimit-Reset')
  if (reset && /^\d+$/.test(reset.trim())) return Math.max(0, Number(reset) - nowMs / 1000)
  return undefined
}
