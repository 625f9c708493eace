// License claim checks (coder-api.md §4.2–4.3). Error texts are what Coder puts in `detail`.
import type { KeyObject } from 'node:crypto'
import type { LicenseClaims } from '../src/api/types.ts'
import { JwtError, verifyJwt } from './licenseKeys.ts'

export { JwtError as LicenseError }

const FIVE_YEARS_SECONDS = 5 * 365 * 24 * 3600

// Go's time.Duration.String() for whole seconds, as jwt-go prints it ("token is expired by 2h0m5s").
export function goDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds))
  const hours = Math.floor(s / 3600)
  const minutes = Math.floor((s % 3600) / 60)
  const seconds = s % 60
  if (hours > 0) return `${hours}h${minutes}m${seconds}s`
  if (minutes > 0) return `${minutes}m${seconds}s`
  return `${seconds}s`
}

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0

const isText = (value: unknown): value is string => typeof value === 'string' && value !== ''

function claimIssues(claims: Record<string, unknown>, nowSeconds: number): string[] {
  const issues: string[] = []
  for (const name of ['iat', 'nbf'] as const) {
    if (!isTime(claims[name])) issues.push(`license has invalid or missing ${name} claim`)
  }
  const expires = claims.license_expires
  if (!isTime(expires) || expires > nowSeconds + FIVE_YEARS_SECONDS) {
    issues.push('license has invalid or missing license_expires claim')
  }
  if (!isTime(claims.exp)) issues.push('license has invalid or missing exp claim')
  if (!isText(claims.account_type)) issues.push('license must contain valid account type')
  if (!isText(claims.account_id)) issues.push('license must contain valid account ID')
  return issues
}

export interface ParseOptions {
  now: Date
  /** Upload ignores nbf so a successor license can be loaded before it starts. */
  ignoreNbf?: boolean
}

/** Verifies signature and claims; throws LicenseError with Coder's detail text. */
export function parseLicense(
  jwt: string,
  keys: Map<string, KeyObject>,
  { now, ignoreNbf = false }: ParseOptions,
): LicenseClaims {
  const { payload } = verifyJwt(jwt, keys)
  const nowSeconds = Math.floor(now.getTime() / 1000)
  if (isTime(payload.exp) && nowSeconds > payload.exp) {
    throw new JwtError(`token is expired by ${goDuration(nowSeconds - payload.exp)}`)
  }
  if (!ignoreNbf && isTime(payload.nbf) && nowSeconds < payload.nbf) {
    throw new JwtError('token is not valid yet')
  }
  if (payload.version !== 3) throw new JwtError('license must be version 3')
  const issues = claimIssues(payload, nowSeconds)
  if (issues.length === 1) throw new JwtError(issues[0])
  if (issues.length > 1) throw new JwtError('license has multiple issues; contact support')
  return payload as LicenseClaims
}

/** The raw payload, for GET /licenses (Coder decodes without re-verifying there). */
export function decodeClaims(jwt: string): Record<string, unknown> {
  const payload = jwt.split('.')[1] ?? ''
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}
