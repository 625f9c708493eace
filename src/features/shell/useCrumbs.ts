import { useMatches } from '@tanstack/react-router'

export interface Crumb {
  label: string
  pathname: string
}

// Routes owned by other areas that do not declare `staticData.crumb` still get a sensible label.
const FALLBACK_LABELS: Record<string, string> = {
  '/_authed/deployment/licenses': 'Licenses',
  '/_authed/deployment/entitlements': 'Entitlements',
  '/_authed/organizations/$organization/provisioner-jobs': 'Provisioner jobs',
}

export function useCrumbs(): Crumb[] {
  const matches = useMatches()
  const crumbs: Crumb[] = []
  for (const match of matches) {
    const crumb = match.staticData.crumb ?? FALLBACK_LABELS[match.routeId]
    if (!crumb) continue
    const params = match.params as Record<string, string>
    const label = typeof crumb === 'function' ? crumb(params) : crumb
    const last = crumbs[crumbs.length - 1]
    // A layout and its index route share a path; keep one crumb for it.
    if (last && last.pathname.replace(/\/$/, '') === match.pathname.replace(/\/$/, '')) continue
    crumbs.push({ label, pathname: match.pathname })
  }
  return crumbs
}
