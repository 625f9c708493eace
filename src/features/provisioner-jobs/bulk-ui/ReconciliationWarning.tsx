import { Alert, Button, Group, Text } from '@mantine/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { permissionQueries } from '../../../api/authcheck'
import { errorMessage } from '../../../api/errors'
import { prebuildQueries, updatePrebuildsSettingsMutation } from '../../../api/prebuilds'

/**
 * Inside a cancel confirmation: while reconciliation runs, canceled prebuild jobs are replaced
 * by new ones, so offer to pause it in one click (the dialog itself is the confirmation).
 */
export function ReconciliationWarning({ prebuildJobs }: { prebuildJobs: number }) {
  const queryClient = useQueryClient()
  const settings = useQuery(prebuildQueries.settings())
  const permissions = useQuery(permissionQueries.deployment())
  const pause = useMutation(updatePrebuildsSettingsMutation(queryClient))
  if (!settings.data) return null

  if (settings.data.reconciliation_paused) {
    return (
      <Alert color="green" variant="light" title="Prebuild reconciliation is paused">
        <Text size="sm">
          {pause.data?.alreadySet ? 'It was already paused. ' : ''}No new prebuild jobs are being
          created. Resume it once the template is fixed.
        </Text>
      </Alert>
    )
  }
  const canPause = permissions.data?.updateDeploymentConfig === true
  return (
    <Alert color="yellow" variant="light" title="Prebuild reconciliation is running">
      <Text size="sm">
        New prebuild jobs will keep arriving while you cancel
        {prebuildJobs > 0 ? ` (${prebuildJobs} of these jobs are prebuilds)` : ''}. Pause it first
        to stop the flood at its source.
      </Text>
      <Group mt="xs" gap="sm">
        {canPause ? (
          <Button
            size="xs"
            color="orange"
            loading={pause.isPending}
            onClick={() => pause.mutate({ reconciliation_paused: true })}
          >
            Pause reconciliation
          </Button>
        ) : (
          <Text size="xs" c="dimmed">
            Only an owner can pause it.
          </Text>
        )}
        {pause.isError && (
          <Text size="xs" c="red" role="alert">
            Could not pause: {errorMessage(pause.error)}
          </Text>
        )}
      </Group>
    </Alert>
  )
}
