// Entitlements from the stored licenses (coder-api.md §4.6). Computed on every call from the
// licenses and the emulator clock, so time-based changes (grace period, expiry) show at once;
// `refreshed_at` still reports the last upload/delete/refresh like Coder's cached value.
import type { MiddlewareHandler } from 'hono'
import {
  BooleanFeatureNames,
  FeatureNames,
  PremiumOnlyFeatures,
  type Entitlement,
  type Entitlements,
  type Feature,
  type LicenseClaims,
} from '../src/api/types.ts'
import type { AppEnv } from './auth.ts'
import type { Emulator } from './context.ts'
import { premiumRequired } from './http.ts'
import { parseLicense } from './licenseClaims.ts'
import { trustedKeys } from './licenseKeys.ts'

const REFRESHED_AT_KEY = 'entitlements_refreshed_at'
const DAY = 86_400

/** Features a license's feature set grants (premium: all; enterprise/legacy all_features: most). */
function featureSetFeatures(claims: LicenseClaims): string[] {
  if (claims.feature_set === 'premium') return [...BooleanFeatureNames]
  if (claims.feature_set === 'enterprise' || claims.all_features) {
    return BooleanFeatureNames.filter((f) => !PremiumOnlyFeatures.has(f))
  }
  return []
}

const RANK: Record<Entitlement, number> = { not_entitled: 0, grace_period: 1, entitled: 2 }

function better(current: Feature | undefined, next: Feature): Feature {
  if (!current) return next
  const byRank = RANK[next.entitlement] - RANK[current.entitlement]
  if (byRank !== 0) return byRank > 0 ? next : current
  return (next.limit ?? 0) > (current.limit ?? 0) ? next : current
}

interface LoadedLicense {
  uuid: string
  claims: LicenseClaims
}

async function loadLicenses(emu: Emulator, nowSeconds: number) {
  const { rows } = await emu.db.query<{ jwt: string; uuid: string }>(
    'SELECT jwt, uuid FROM licenses WHERE exp > $1 ORDER BY id',
    [new Date(nowSeconds * 1000)],
  )
  const keys = trustedKeys(emu.config.dataDir, emu.config.licenseKeys)
  const current: LoadedLicense[] = []
  const future: LoadedLicense[] = []
  const errors: string[] = []
  for (const row of rows) {
    try {
      const claims = parseLicense(row.jwt, keys, { now: emu.now(), ignoreNbf: true })
      ;(claims.nbf > nowSeconds ? future : current).push({ uuid: row.uuid, claims })
    } catch (error) {
      errors.push(`Invalid license (${row.uuid}) parsing claims: ${(error as Error).message}`)
    }
  }
  return { current, future, errors }
}

async function activeUserCount(emu: Emulator): Promise<number> {
  const { rows } = await emu.db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM users WHERE deleted = false AND is_system = false AND status = 'active'",
  )
  return rows[0]?.n ?? 0
}

function licenseFeatures(claims: LicenseClaims, nowSeconds: number, actualUsers: number) {
  const entitlement: Entitlement = nowSeconds < claims.license_expires ? 'entitled' : 'grace_period'
  const granted = new Set(featureSetFeatures(claims))
  for (const [name, value] of Object.entries(claims.features ?? {})) {
    if (name !== 'user_limit' && value > 0) granted.add(name)
  }
  const features: Record<string, Feature> = {}
  for (const name of granted) features[name] = { entitlement, enabled: true }
  const limit = claims.features?.user_limit
  if (typeof limit === 'number' && limit > 0) {
    features.user_limit = { entitlement, enabled: true, limit, actual: actualUsers }
  }
  return features
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
const isoDay = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10)

function expiryWarnings(current: LoadedLicense[], future: LoadedLicense[], nowSeconds: number) {
  const entitled = current.filter((l) => l.claims.license_expires > nowSeconds)
  const byExpiry = (a: LoadedLicense, b: LoadedLicense) =>
    b.claims.license_expires - a.claims.license_expires
  const governing = [...entitled].sort(byExpiry)[0]
  if (!governing) {
    const grace = [...current].sort(byExpiry)[0]
    if (!grace) return []
    // Coder words grace warnings per feature (UNVERIFIED); one line keeps the banner readable.
    return [
      `Your license expired on ${isoDay(grace.claims.license_expires)} and is in its grace period. Premium features stop working on ${isoDay(grace.claims.exp)}.`,
    ]
  }
  const ends = governing.claims.license_expires
  const window = governing.claims.trial ? 7 * DAY : 30 * DAY
  if (ends - nowSeconds > window) return []
  // coder/coder#19498: a successor license that starts before this one ends covers the gap.
  const covered = future.some((l) => l.claims.nbf <= ends && l.claims.license_expires > ends)
  if (covered) return []
  return [`Your license expires in ${plural(Math.ceil((ends - nowSeconds) / DAY), 'day')}.`]
}

export async function computeEntitlements(emu: Emulator): Promise<Entitlements> {
  const nowSeconds = Math.floor(emu.now().getTime() / 1000)
  const { current, future, errors } = await loadLicenses(emu, nowSeconds)
  const actualUsers = current.length > 0 ? await activeUserCount(emu) : 0
  const features: Record<string, Feature> = {}
  for (const name of FeatureNames) features[name] = { entitlement: 'not_entitled', enabled: false }
  for (const license of current) {
    for (const [name, feature] of Object.entries(
      licenseFeatures(license.claims, nowSeconds, actualUsers),
    )) {
      features[name] = better(features[name], feature)
    }
  }
  const warnings = expiryWarnings(current, future, nowSeconds)
  const users = features.user_limit
  if (users?.limit !== undefined && actualUsers > users.limit) {
    warnings.push(
      `Your deployment has ${actualUsers} active users but is only licensed for ${users.limit}.`,
    )
  }
  return {
    features,
    warnings,
    errors,
    has_license: current.length > 0,
    trial: current.some((l) => l.claims.trial === true),
    require_telemetry: current.some((l) => l.claims.require_telemetry === true),
    refreshed_at: (await lastRefresh(emu)) ?? emu.now().toISOString(),
  }
}

async function lastRefresh(emu: Emulator): Promise<string | undefined> {
  const { rows } = await emu.db.query<{ value: string }>(
    'SELECT value FROM site_configs WHERE key = $1',
    [REFRESHED_AT_KEY],
  )
  return rows[0]?.value
}

// Entitlements gate every Premium route, ride on every owner response
// (X-Coder-Entitlements-Warning) and are read by each simulation tick, so they are computed at
// most once per few seconds per emulator, as Coder keeps them cached between refreshes. License
// changes go through markRefreshed and a reset through forgetEntitlements, which drop the entry;
// the emulator clock moving (tests, simulation) does too.
const CACHE_TTL_MS = 5_000
interface CacheEntry {
  at: number
  emuAt: number
  licenseIds: string
  entitlements: Entitlements
}
const cache = new WeakMap<Emulator, CacheEntry>()

// One light query keeps the cache honest when rows change behind the API (tests, resets).
async function licenseIds(emu: Emulator): Promise<string> {
  const { rows } = await emu.db.query<{ ids: string }>(
    "SELECT coalesce(string_agg(id::text, ',' ORDER BY id), '') AS ids FROM licenses",
  )
  return rows[0]?.ids ?? ''
}

async function cachedEntitlements(emu: Emulator): Promise<Entitlements> {
  const emuAt = emu.now().getTime()
  const at = performance.now()
  const ids = await licenseIds(emu)
  const cached = cache.get(emu)
  const fresh =
    cached &&
    cached.licenseIds === ids &&
    at - cached.at < CACHE_TTL_MS &&
    emuAt >= cached.emuAt &&
    emuAt - cached.emuAt < CACHE_TTL_MS
  if (fresh) return cached.entitlements
  const entitlements = await computeEntitlements(emu)
  cache.set(emu, { at, emuAt, licenseIds: ids, entitlements })
  return entitlements
}

export async function entitlementWarnings(emu: Emulator): Promise<string[]> {
  return (await cachedEntitlements(emu)).warnings
}

export function forgetEntitlements(emu: Emulator): void {
  cache.delete(emu)
}

/** Records a refresh (upload, delete, refresh-entitlements), as Coder re-computes then. */
export async function markRefreshed(emu: Emulator): Promise<void> {
  forgetEntitlements(emu)
  await emu.db.query(
    'INSERT INTO site_configs (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = $2',
    [REFRESHED_AT_KEY, emu.now().toISOString()],
  )
}

/** Whether the current licenses grant a feature (e.g. 'multiple_organizations'). */
export async function hasFeature(emu: Emulator, feature: string): Promise<boolean> {
  const entitlements = await cachedEntitlements(emu)
  return entitlements.features[feature]?.enabled === true
}

// Coder's FeatureName.Humanize: title case, with a few acronyms kept upper case.
const SPECIAL_NAMES: Record<string, string> = { scim: 'SCIM', template_rbac: 'Template RBAC' }
export const humanizeFeature = (feature: string): string =>
  SPECIAL_NAMES[feature] ??
  feature
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ')

/** Coder's RequireFeatureMW: 403 "<Feature> is a Premium feature. Contact sales!". */
export const requireFeature =
  (emu: Emulator, feature: string): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    if (!(await hasFeature(emu, feature))) return premiumRequired(c, humanizeFeature(feature))
    await next()
  }
