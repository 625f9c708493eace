import type { LicenseClaims } from '../../api/types'

// Feature names Coder's entitlements use (coder-api.md §4.6). The page lists these even when the
// server omits some, as Coder's own dashboard does.
export const KNOWN_FEATURES = [
  'user_limit',
  'audit_log',
  'connection_log',
  'browser_only',
  'scim',
  'template_rbac',
  'user_role_management',
  'high_availability',
  'multiple_external_auth',
  'external_provisioner_daemons',
  'appearance',
  'advanced_template_scheduling',
  'workspace_proxy',
  'external_token_encryption',
  'workspace_batch_actions',
  'access_control',
  'control_shared_ports',
  'custom_roles',
  'multiple_organizations',
  'workspace_prebuilds',
] as const

const PREMIUM_ONLY = new Set<string>(['multiple_organizations', 'custom_roles'])
const LIMIT_FEATURES = new Set<string>(['user_limit'])

const SPECIAL_LABELS: Record<string, string> = {
  scim: 'SCIM',
  template_rbac: 'Template RBAC',
  user_limit: 'User limit',
  browser_only: 'Browser-only connections',
}

export const featureLabel = (name: string) =>
  SPECIAL_LABELS[name] ??
  name
    .split('_')
    .map((word, i) => (i === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word))
    .join(' ')

/** The feature set in words: Premium, Enterprise, or undefined for a legacy license. */
export function featureSetLabel(claims: Partial<LicenseClaims>): string | undefined {
  if (claims.feature_set === 'premium') return 'Premium'
  if (claims.feature_set === 'enterprise' || claims.all_features) return 'Enterprise'
  if (claims.feature_set) return claims.feature_set
  return undefined
}

/** Boolean features a license grants, from its feature set plus explicit feature claims. */
export function grantedFeatures(claims: Partial<LicenseClaims>): string[] {
  const granted = new Set<string>()
  const set = featureSetLabel(claims)
  for (const name of KNOWN_FEATURES) {
    if (LIMIT_FEATURES.has(name)) continue
    if (set === 'Premium' || (set === 'Enterprise' && !PREMIUM_ONLY.has(name))) granted.add(name)
  }
  for (const [name, value] of Object.entries(claims.features ?? {})) {
    if (!LIMIT_FEATURES.has(name) && value > 0) granted.add(name)
  }
  return [...granted]
}

/** Features a premium license would add that this one lacks. */
export const missingFeatures = (claims: Partial<LicenseClaims>) => {
  const granted = new Set(grantedFeatures(claims))
  return KNOWN_FEATURES.filter((name) => !LIMIT_FEATURES.has(name) && !granted.has(name))
}
