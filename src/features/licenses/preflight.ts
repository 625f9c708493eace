import type { LicenseClaims } from '../../api/types'
import { formatUnixZonedDateTime } from '../../lib/format'
import { licenseStatus } from './licenseStatus'

export interface PreflightWarning {
  /** 'error': Coder will refuse the upload. 'warning': it uploads, but may not do what you want. */
  level: 'error' | 'warning'
  text: string
}

interface Context {
  now: Date
  deploymentId?: string
}

/** Problems visible from the claims alone; the server still checks the signature. */
export function preflightWarnings(
  header: Record<string, unknown>,
  claims: Partial<LicenseClaims>,
  { now, deploymentId }: Context,
): PreflightWarning[] {
  const warnings: PreflightWarning[] = []
  const status = licenseStatus(claims, now)
  if (header.alg !== 'EdDSA' || typeof header.kid !== 'string') {
    warnings.push({
      level: 'error',
      text: 'This token is not signed the way Coder licenses are (EdDSA with a key ID); Coder will refuse it.',
    })
  }
  if (claims.version !== 3) {
    warnings.push({
      level: 'error',
      text: `License version ${String(claims.version)}: Coder needs version 3.`,
    })
  }
  if (status === 'expired' && claims.exp) {
    warnings.push({
      level: 'error',
      text: `This license expired on ${formatUnixZonedDateTime(claims.exp)}, grace period included. Coder will refuse it.`,
    })
  }
  if (status === 'grace_period' && claims.license_expires && claims.exp) {
    warnings.push({
      level: 'warning',
      text: `This license expired on ${formatUnixZonedDateTime(claims.license_expires)}; it only works in its grace period, until ${formatUnixZonedDateTime(claims.exp)}.`,
    })
  }
  if (status === 'not_yet_valid' && claims.nbf) {
    warnings.push({
      level: 'warning',
      text: `This license starts on ${formatUnixZonedDateTime(claims.nbf)}. It can be uploaded now and takes effect then.`,
    })
  }
  const locked = claims.deployment_ids ?? []
  if (locked.length > 0 && deploymentId !== undefined && !locked.includes(deploymentId)) {
    warnings.push({
      level: 'error',
      text: `This license is locked to ${locked.join(', ')}, not to this deployment (${deploymentId}). Coder will refuse it.`,
    })
  }
  if (claims.trial) {
    warnings.push({ level: 'warning', text: 'This is a trial license.' })
  }
  return warnings
}
