import { FeatureNames, PremiumOnlyFeatures, type LicenseClaims } from '../../api/types'

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
  for (const name of FeatureNames) {
    if (LIMIT_FEATURES.has(name)) continue
    if (set === 'Premium' || (set === 'Enterprise' && !PremiumOnlyFeatures.has(name))) {
      granted.add(name)
    }
  }
  for (const [name, value] of Object.entries(claims.features ?? {})) {
    if (!LIMIT_FEATURES.has(name) && value > 0) granted.add(name)
  }
  return [...granted]
}

/** Features a premium license would add that this one lacks. */
export const missingFeatures = (claims: Partial<LicenseClaims>) => {
  const granted = new Set(grantedFeatures(claims))
  return FeatureNames.filter((name) => !LIMIT_FEATURES.has(name) && !granted.has(name))
}
