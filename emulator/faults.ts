import type { MiddlewareHandler } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ValidationError } from '../src/api/types.ts'
import type { AppEnv } from './auth.ts'
import type { Emulator, FaultRule } from './context.ts'
import { coderError, HttpError } from './http.ts'

export const NO_FAULTS: FaultRule = { rate: 0, status: 0, delayMs: 0, path: '' }

// Coder-shaped bodies for the statuses tests usually inject.
const FAULT_MESSAGES: Record<number, string> = {
  429: "You've been rate limited for sending more than 512 requests in 1m0s.",
  500: 'An internal server error occurred.',
  502: 'Bad gateway.',
  503: 'Service unavailable.',
  504: 'Gateway timeout.',
}

/** Validates a POST /__emulator/faults body into a rule. `status` 0 = delay only. */
export function parseFaultRule(body: unknown): FaultRule {
  const errors: ValidationError[] = []
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    errors.push({ field: 'body', detail: 'must be a JSON object' })
  }
  const rate = b.rate
  if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1)) {
    errors.push({ field: 'rate', detail: 'must be a number from 0 to 1' })
  }
  const delayMs = b.delay_ms ?? 0
  if (
    typeof delayMs !== 'number' ||
    !Number.isInteger(delayMs) ||
    delayMs < 0 ||
    delayMs > 60_000
  ) {
    errors.push({ field: 'delay_ms', detail: 'must be an integer from 0 to 60000' })
  }
  // Without a status, a rule that only delays stays a delay; otherwise default to 503.
  const status = b.status ?? (delayMs ? 0 : 503)
  if (typeof status !== 'number' || !(status === 0 || (status >= 400 && status <= 599))) {
    errors.push({ field: 'status', detail: 'must be an HTTP error status (400-599), or 0' })
  }
  const path = b.path ?? ''
  if (typeof path !== 'string') errors.push({ field: 'path', detail: 'must be a string' })
  for (const key of Object.keys(b)) {
    if (!['rate', 'status', 'delay_ms', 'path'].includes(key)) {
      errors.push({ field: key, detail: 'is not a known field' })
    }
  }
  if (errors.length) throw new HttpError(400, 'Validation failed.', undefined, errors)
  if (rate === 0) return { ...NO_FAULTS }
  return {
    rate: rate as number,
    status: status as number,
    delayMs: delayMs as number,
    path: path as string,
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// Injected faults (POST /__emulator/faults): a share of matching /api/v2 requests stall and/or
// fail. Mounted on the /api/v2 router only, so the control API is never affected.
export const faults =
  (emu: Emulator): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const rule = emu.faults
    if (rule.rate > 0 && c.req.path.includes(rule.path) && emu.random() < rule.rate) {
      if (rule.delayMs > 0) await sleep(rule.delayMs)
      if (rule.status > 0) {
        const message = FAULT_MESSAGES[rule.status] ?? 'Injected fault.'
        return coderError(
          c,
          rule.status as ContentfulStatusCode,
          message,
          'Injected by the emulator fault rule.',
        )
      }
    }
    await next()
  }
