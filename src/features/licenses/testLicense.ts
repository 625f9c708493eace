// Test helper: an unsigned-looking license JWT (the browser never checks signatures).
import type { LicenseClaims } from '../../api/types'

const b64url = (value: unknown) =>
  btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')

export function fakeLicenseClaims(
  now: Date,
  overrides: Partial<LicenseClaims> = {},
): LicenseClaims {
  const t = Math.floor(now.getTime() / 1000)
  return {
    iat: t,
    nbf: t,
    license_expires: t + 90 * 86_400,
    exp: t + 97 * 86_400,
    version: 3,
    account_type: 'salesforce',
    account_id: 'acme-corp',
    feature_set: 'premium',
    features: { user_limit: 100 },
    ...overrides,
  }
}

export function fakeLicense(
  claims: object,
  header: object = { alg: 'EdDSA', kid: 'k1', typ: 'JWT' },
) {
  return `${b64url(header)}.${b64url(claims)}.c2lnbmF0dXJl`
}
