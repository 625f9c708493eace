import type { MantineColor } from '@mantine/core'
import type { CancelResult } from '../bulk/engine'

export const resultStyle: Record<CancelResult, { label: string; color: MantineColor }> = {
  canceled: { label: 'Canceled', color: 'teal' },
  skipped: { label: 'Skipped', color: 'gray' },
  failed: { label: 'Failed', color: 'red' },
  not_allowed: { label: 'Not allowed', color: 'orange' },
  aborted: { label: 'Aborted', color: 'dark' },
}

/** Report order: what needs attention first. */
export const resultOrder: CancelResult[] = [
  'failed',
  'not_allowed',
  'aborted',
  'skipped',
  'canceled',
]
