// License generation shared by the seed, `npm run license`, emulator tests and e2e.
import { randomUUID } from 'node:crypto'
import type { LicenseClaims } from '../../src/api/types.ts'
import type { Emulator } from '../context.ts'
import { markRefreshed } from '../entitlements.ts'
import { signingKey, signJwt } from '../licenseKeys.ts'

export interface LicenseOptions {
  /** Days from now until license_expires (the start of the grace period). */
  days?: number
  users?: number
  featureSet?: 'premium' | 'enterprise'
  trial?: boolean
  /** Past exp: Coder refuses to upload it. */
  expired?: boolean
  /** license_expires passed, exp still ahead: features are in grace_period. */
  gracePeriod?: boolean
  /** nbf this many days ahead (a successor license). */
  startsInDays?: number
  graceDays?: number
  deploymentIds?: string[]
  accountId?: string
  /** Extra or overriding claims, e.g. to build invalid licenses in tests. */
  claims?: Record<string, unknown>
}

const DAY = 86_400

export function licenseClaims(options: LicenseOptions, now: Date): LicenseClaims {
  const nowSeconds = Math.floor(now.getTime() / 1000)
  const graceSeconds = (options.graceDays ?? 7) * DAY
  const start = nowSeconds + (options.startsInDays ?? 0) * DAY
  let licenseExpires = start + (options.days ?? 365) * DAY
  if (options.gracePeriod) licenseExpires = nowSeconds - DAY
  if (options.expired) licenseExpires = nowSeconds - graceSeconds - 2 * DAY
  const claims: LicenseClaims = {
    iss: 'coder-emulator',
    sub: 'admin@coder.com',
    jti: randomUUID(),
    iat: nowSeconds,
    nbf: start,
    exp: licenseExpires + graceSeconds,
    license_expires: licenseExpires,
    version: 3,
    account_type: 'salesforce',
    account_id: options.accountId ?? 'emulator-account',
    trial: options.trial ?? false,
    feature_set: options.featureSet ?? 'premium',
    all_features: true,
    features: { user_limit: options.users ?? 100 },
    require_telemetry: false,
  }
  if (options.deploymentIds) claims.deployment_ids = options.deploymentIds
  return { ...claims, ...options.claims } as LicenseClaims
}

/** A license JWT signed with the emulator key kept in `dataDir` (in memory when undefined). */
export function generateLicense(
  options: LicenseOptions = {},
  dataDir?: string,
  now = new Date(),
): string {
  return signJwt(signingKey(dataDir), licenseClaims(options, now))
}

/** The seed's license: premium, one year, 100 users. */
export async function seedLicense(emu: Emulator): Promise<void> {
  const claims = licenseClaims({ days: 365, users: 100, featureSet: 'premium' }, emu.now())
  const jwt = signJwt(signingKey(emu.config.dataDir), claims)
  await emu.db.query('INSERT INTO licenses (uploaded_at, jwt, exp, uuid) VALUES ($1, $2, $3, $4)', [
    emu.now(),
    jwt,
    new Date(claims.exp * 1000),
    claims.jti,
  ])
  await markRefreshed(emu)
}
