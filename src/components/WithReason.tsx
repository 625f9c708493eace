import { Tooltip } from '@mantine/core'
import type { ReactElement } from 'react'

// A disabled control cannot show a tooltip itself, so the reason hangs on a wrapper that can
// still be hovered and focused.
export function WithReason({
  reason,
  children,
}: {
  reason?: string | null
  children: ReactElement
}) {
  if (!reason) return children
  return (
    <Tooltip
      label={reason}
      withArrow
      multiline
      maw={300}
      events={{ hover: true, focus: true, touch: true }}
    >
      <span
        tabIndex={0}
        aria-label={reason}
        style={{ display: 'inline-block', cursor: 'not-allowed' }}
      >
        {children}
      </span>
    </Tooltip>
  )
}
