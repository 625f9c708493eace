import { Alert } from '@mantine/core'
import type { License } from '../../api/types'
import { allExpiringWithin } from './licenseStatus'

/** Shown when every license ends within 30 days and nothing loaded later takes over. */
export function ExpiryNotice({ licenses, now }: { licenses: License[]; now: Date }) {
  const days = allExpiringWithin(licenses, now)
  if (days === undefined) return null
  const text =
    days <= 0
      ? 'Every license has passed its expiry date. Premium features stop when the grace period ends.'
      : `Every license expires within ${days} day${days === 1 ? '' : 's'}, and no later license is loaded.`
  return (
    <Alert
      color={days <= 0 ? 'orange' : 'yellow'}
      variant="light"
      title={days <= 0 ? 'Licenses expired' : 'Licenses expiring soon'}
      role="status"
    >
      {text} Add a renewed license before then to keep Premium features.
    </Alert>
  )
}
