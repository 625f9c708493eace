import { Badge } from '@mantine/core'
import type { LicenseStatus } from './licenseStatus'

const LOOK: Record<LicenseStatus, { color: string; label: string }> = {
  active: { color: 'green', label: 'Active' },
  grace_period: { color: 'orange', label: 'Grace period' },
  expired: { color: 'red', label: 'Expired' },
  not_yet_valid: { color: 'blue', label: 'Not yet valid' },
}

export function LicenseStatusBadge({ status }: { status: LicenseStatus }) {
  const { color, label } = LOOK[status]
  return (
    <Badge color={color} variant="light">
      {label}
    </Badge>
  )
}
