import { Badge, Tooltip, type MantineColor } from '@mantine/core'
import type { CancelOutcome, CancelResult } from '../bulk/engine'

const outcomeStyle: Record<CancelResult, { label: string; color: MantineColor }> = {
  canceled: { label: 'Cancel sent', color: 'teal' },
  skipped: { label: 'Skipped', color: 'gray' },
  failed: { label: 'Cancel failed', color: 'red' },
  not_allowed: { label: 'Not allowed', color: 'orange' },
  aborted: { label: 'Stopped', color: 'gray' },
}

/** The bulk run's verdict for one row, shown as each cancel lands. */
export function OutcomeBadge({ outcome }: { outcome: CancelOutcome }) {
  const style = outcomeStyle[outcome.result]
  return (
    <Tooltip label={outcome.reason ?? style.label} disabled={!outcome.reason} withinPortal>
      <Badge color={style.color} variant="dot" radius="sm" tt="none" size="sm">
        {style.label}
      </Badge>
    </Tooltip>
  )
}
