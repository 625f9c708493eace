import { Alert, Button, Group, Text } from '@mantine/core'
import { needsAttention, retryLabel, runSummary } from './runSummary'
import type { BulkCancelState } from './types'

export interface BulkRunSummaryProps {
  state: BulkCancelState
  onOpenReport: () => void
  onRetryFailed: () => void
  onDismiss: () => void
}

/** What is left on the page after a run: the totals and the way to the full report. */
export function BulkRunSummary({
  state,
  onOpenReport,
  onRetryFailed,
  onDismiss,
}: BulkRunSummaryProps) {
  const { title, detail } = runSummary(state)
  const retry = retryLabel(state)
  return (
    <Alert
      color={needsAttention(state) ? 'yellow' : 'teal'}
      variant="light"
      title={title}
      withCloseButton
      closeButtonLabel="Dismiss report"
      onClose={onDismiss}
    >
      <Text size="sm">{detail}</Text>
      {state.message && state.mode === 'drain' && (
        <Text size="sm" mt={4}>
          {state.message}
        </Text>
      )}
      <Group gap="xs" mt="xs">
        <Button size="xs" variant="light" onClick={onOpenReport}>
          View report
        </Button>
        {retry.count > 0 && (
          <Button size="xs" variant="light" color="red" onClick={onRetryFailed}>
            {retry.label}
          </Button>
        )}
      </Group>
    </Alert>
  )
}
