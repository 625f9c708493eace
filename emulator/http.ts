import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ValidationError } from '../src/api/types.ts'

// Coder's codersdk.Response envelope; detail and validations are omitted when empty.
export function coderError(
  c: Context,
  status: ContentfulStatusCode,
  message: string,
  detail?: string,
  validations?: ValidationError[],
) {
  const body: Record<string, unknown> = { message }
  if (detail) body.detail = detail
  if (validations && validations.length > 0) body.validations = validations
  return c.json(body, status)
}

export const notFound = (c: Context) =>
  coderError(c, 404, 'Resource not found or you do not have access to this resource')

export const forbidden = (c: Context) =>
  coderError(
    c,
    403,
    'Forbidden.',
    "You don't have permission to view this content. If you believe this is a mistake, please contact your administrator or try signing in with different credentials.",
  )

export const premiumRequired = (c: Context, featureHumanized: string) =>
  coderError(c, 403, `${featureHumanized} is a Premium feature. Contact sales!`)

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
export const isUuid = (value: string) => UUID_RE.test(value)

export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly detail?: string,
    readonly validations?: ValidationError[],
  ) {
    super(message)
  }
}

// Reads a JSON body the way Coder's httpapi.Read does: bad JSON → 400 with the decoder text.
export async function readJson<T>(c: Context): Promise<T> {
  const text = await c.req.text()
  try {
    return JSON.parse(text) as T
  } catch (error) {
    throw new HttpError(400, 'Request body must be valid JSON.', (error as Error).message)
  }
}

/**
 * Coder's QueryParamParser: collects every problem into one 400 "Invalid query parameters."
 * and rejects parameters the handler did not ask for.
 */
export class QueryParams {
  private readonly params: URLSearchParams
  private readonly used = new Set<string>()
  readonly errors: ValidationError[] = []

  constructor(url: string) {
    this.params = new URL(url).searchParams
  }

  private single(name: string): string | undefined {
    this.used.add(name)
    const values = this.params.getAll(name)
    if (values.length > 1) {
      this.errors.push({
        field: name,
        detail: `Query param "${name}" provided more than once, found ${values.length} times. Only provide 1 instance of this query param.`,
      })
      return undefined
    }
    return values[0]
  }

  string(name: string, fallback = ''): string {
    return this.single(name) ?? fallback
  }

  // Comma-separated and/or repeated; items trimmed, empties dropped.
  strings(name: string): string[] {
    this.used.add(name)
    return this.params
      .getAll(name)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter((v) => v !== '')
  }

  positiveInt32(name: string, fallback: number): number {
    const raw = this.single(name)
    if (raw === undefined || raw === '') return fallback
    const n = Number(raw)
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n > 2147483647) {
      this.errors.push({
        field: name,
        detail: `Query param "${name}" must be a valid 32-bit positive integer: strconv.ParseUint: parsing "${raw}": invalid syntax`,
      })
      return fallback
    }
    return n
  }

  uuids(name: string): string[] {
    const values = this.strings(name)
    for (const v of values) {
      if (!isUuid(v)) {
        this.errors.push({
          field: name,
          detail: `Query param "${name}" has invalid values: invalid UUID length: ${v.length}`,
        })
        return []
      }
    }
    return values
  }

  uuid(name: string): string | undefined {
    const raw = this.single(name)
    if (raw === undefined || raw === '') return undefined
    if (!isUuid(raw)) {
      this.errors.push({ field: name, detail: `Query param "${name}" must be a valid uuid` })
      return undefined
    }
    return raw.toLowerCase()
  }

  /** Throws the collected 400, including unknown parameters, if anything went wrong. */
  finish(message = 'Invalid query parameters.'): void {
    for (const key of new Set(this.params.keys())) {
      if (!this.used.has(key)) {
        this.errors.push({ field: key, detail: `"${key}" is not a valid query param` })
      }
    }
    if (this.errors.length > 0) throw new HttpError(400, message, undefined, this.errors)
  }
}
