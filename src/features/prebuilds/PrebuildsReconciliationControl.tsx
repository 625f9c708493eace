import { Badge, Button, Group, Loader, Paper, Stack, Text, Tooltip } from '@mantine/core'
import { errorMessage } from '../../api/errors'
import { noPermissionReason, useReconciliation } from './useReconciliation'

function StatusBadge({ paused }: { paused: boolean }) {
  return (
    <Badge color={paused ? 'orange' : 'green'} variant="light">
      {paused ? 'Paused' : 'Running'}
    </Badge>
  )
}

/** Status of prebuild reconciliation with a pause/resume button (deployment-wide). */
export function PrebuildsReconciliationControl() {
  const { status, settings, unavailableReason, canChange, isUpdating, confirmSetPaused } =
    useReconciliation()
  const paused = status === 'paused'

  return (
    <Paper withBorder p="sm" radius="md" aria-label="Prebuild reconciliation" component="section">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="xs" wrap="nowrap">
            <Text fw={600} size="sm">
              Prebuild reconciliation
            </Text>
            {status === 'loading' && (
              <Loader size="xs" aria-label="Loading reconciliation status" />
            )}
            {(status === 'paused' || status === 'running') && <StatusBadge paused={paused} />}
            {status === 'unavailable' && (
              <Badge color="gray" variant="light">
                Not available
              </Badge>
            )}
          </Group>
          {(status === 'paused' || status === 'running') && (
            <Tooltip label={noPermissionReason} disabled={canChange !== false} multiline w={260}>
              <Button
                size="xs"
                variant={paused ? 'filled' : 'light'}
                color={paused ? 'blue' : 'orange'}
                loading={isUpdating}
                disabled={canChange !== true}
                onClick={() => confirmSetPaused(!paused)}
              >
                {paused ? 'Resume reconciliation' : 'Pause reconciliation'}
              </Button>
            </Tooltip>
          )}
        </Group>
        {status === 'unavailable' && (
          <Text size="xs" c="dimmed">
            {unavailableReason} Without it Coder creates no prebuilt workspaces, so there is no
            reconciliation to pause.
          </Text>
        )}
        {status === 'paused' && (
          <Text size="xs" c="dimmed">
            No new prebuild jobs are being created. Resume once the template is fixed.
          </Text>
        )}
        {status === 'error' && (
          <Group gap="xs">
            <Text size="xs" c="red">
              Could not read the status: {errorMessage(settings.error)}
            </Text>
            <Button size="compact-xs" variant="subtle" onClick={() => void settings.refetch()}>
              Retry
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  )
}
