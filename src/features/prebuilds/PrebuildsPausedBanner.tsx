import { Alert, Button, Group, Text } from '@mantine/core'
import { useReconciliation } from './useReconciliation'

/**
 * App-wide notice while prebuild reconciliation is paused: it is a deployment-wide switch
 * that is easy to forget once a flood is over. Hidden when the deployment lacks prebuilds.
 */
export function PrebuildsPausedBanner() {
  const { status, canChange, isUpdating, confirmSetPaused } = useReconciliation()
  if (status !== 'paused') return null

  return (
    <Alert color="orange" variant="light" radius={0} py="xs" role="status">
      <Group justify="space-between" gap="sm" wrap="nowrap">
        <Text size="sm">
          <Text span fw={600} inherit>
            Prebuild reconciliation is paused.
          </Text>{' '}
          Coder is not creating or replacing prebuilt workspaces in any organization.
        </Text>
        {canChange && (
          <Button
            size="compact-sm"
            variant="filled"
            color="orange"
            loading={isUpdating}
            onClick={() => confirmSetPaused(false)}
          >
            Resume
          </Button>
        )}
      </Group>
    </Alert>
  )
}
