import { Button, Group, Paper, Progress, Stack, Text, Tooltip } from '@mantine/core'
import { formatNumber } from '../../../lib/format'
import type { CancelResult } from '../bulk/engine'
import { resultOrder, resultStyle } from './resultStyle'
import type { BulkCancelState } from './types'

// Bar sections need to stand out from the track in both color schemes.
const barColor: Record<CancelResult, string> = {
  ...Object.fromEntries(resultOrder.map((r) => [r, resultStyle[r].color])),
  skipped: 'gray.5',
  aborted: 'indigo.4',
} as Record<CancelResult, string>

export interface BulkProgressProps {
  state: BulkCancelState
  onAbort: () => void
}

/** Live progress of a bulk cancel: one bar section per result, counts, rate, and Abort. */
export function BulkProgress({ state, onAbort }: BulkProgressProps) {
  const done = state.outcomes.length
  const total = Math.max(state.total, done)
  const percent = (n: number) => (total === 0 ? 0 : (n / total) * 100)
  const title =
    state.mode === 'drain'
      ? `Canceling everything matching: ${formatNumber(done)} handled so far`
      : `Canceling jobs: ${formatNumber(done)} of ${formatNumber(total)} handled`

  return (
    <Paper withBorder p="sm" radius="md" aria-label="Bulk cancel progress" component="section">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" fw={600} role="status">
            {title}
          </Text>
          <Button size="xs" color="red" variant="light" onClick={onAbort}>
            Abort
          </Button>
        </Group>
        <Progress.Root
          size="lg"
          aria-label={`${formatNumber(done)} of ${formatNumber(total)} handled`}
        >
          {[...resultOrder].reverse().map((result) =>
            state.counts[result] > 0 ? (
              <Tooltip key={result} label={`${resultStyle[result].label}: ${state.counts[result]}`}>
                <Progress.Section value={percent(state.counts[result])} color={barColor[result]} />
              </Tooltip>
            ) : null,
          )}
        </Progress.Root>
        <Group gap="md">
          {(['canceled', 'skipped', 'failed', 'not_allowed'] as const).map((result) => (
            <Text key={result} size="xs" c={state.counts[result] > 0 ? undefined : 'dimmed'}>
              {resultStyle[result].label}: <b>{formatNumber(state.counts[result])}</b>
            </Text>
          ))}
          <Text size="xs" c="dimmed">
            {state.ratePerSecond.toFixed(1)} jobs/s
          </Text>
        </Group>
      </Stack>
    </Paper>
  )
}
