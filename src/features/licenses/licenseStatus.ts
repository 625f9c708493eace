import type { License, LicenseClaims } from '../../api/types'

export type LicenseStatus = 'active' | 'grace_period' | 'expired' | 'not_yet_valid'

type Times = Partial<Pick<LicenseClaims, 'nbf' | 'exp' | 'license_expires'>>

const DAY = 86_400
export const EXPIRY_WARNING_DAYS = 30
// A license issued "now" on a machine whose clock runs a little ahead is not a future license.
const CLOCK_SKEW_SECONDS = 300

const nowSeconds = (now: Date) => Math.floor(now.getTime() / 1000)
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)

// license_expires starts the grace period; exp ends it (coder-api.md §4.3).
export function licenseStatus(claims: Times, now: Date): LicenseStatus {
  const t = nowSeconds(now)
  const exp = num(claims.exp)
  const expires = num(claims.license_expires)
  const nbf = num(claims.nbf)
  if (exp !== undefined && t > exp) return 'expired'
  if (nbf !== undefined && t + CLOCK_SKEW_SECONDS < nbf) return 'not_yet_valid'
  if (expires !== undefined && t >= expires) return 'grace_period'
  return 'active'
}

const STATUS_ORDER: Record<LicenseStatus, number> = {
  active: 0,
  grace_period: 1,
  not_yet_valid: 2,
  expired: 3,
}

/** The license that governs now comes first: active (latest expiry first), grace, upcoming, expired. */
export function sortLicenses(licenses: License[], now: Date): License[] {
  return [...licenses].sort((a, b) => {
    const byStatus =
      STATUS_ORDER[licenseStatus(a.claims, now)] - STATUS_ORDER[licenseStatus(b.claims, now)]
    if (byStatus !== 0) return byStatus
    const upcoming = licenseStatus(a.claims, now) === 'not_yet_valid'
    // Upcoming licenses read best in start order; the rest by how long they still last.
    if (upcoming) return (a.claims.nbf ?? 0) - (b.claims.nbf ?? 0)
    return (b.claims.license_expires ?? 0) - (a.claims.license_expires ?? 0)
  })
}

export const daysUntil = (seconds: number, now: Date) =>
  Math.ceil((seconds - nowSeconds(now)) / DAY)

/**
 * When every usable license ends within 30 days, the number of days left; undefined otherwise
 * (including when a license loaded for later runs past that window, coder/coder#19498).
 */
export function allExpiringWithin(licenses: License[], now: Date): number | undefined {
  const usable = licenses.filter((l) => licenseStatus(l.claims, now) !== 'expired')
  if (usable.length === 0) return undefined
  const latest = Math.max(...usable.map((l) => l.claims.license_expires ?? 0))
  const days = daysUntil(latest, now)
  return days <= EXPIRY_WARNING_DAYS ? Math.max(0, days) : undefined
}
