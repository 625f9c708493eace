import { Stack, Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { permissionQueries } from '../../api/authcheck'
import { errorDetail, errorMessage } from '../../api/errors'
import {
  prebuildQueries,
  prebuildsUnavailableReason,
  updatePrebuildsSettingsMutation,
} from '../../api/prebuilds'

export const noPermissionReason =
  'Only users who may change the deployment configuration (owners) can pause or resume reconciliation.'

export type ReconciliationStatus = 'loading' | 'unavailable' | 'error' | 'paused' | 'running'

const copy = {
  pause: {
    title: 'Pause prebuild reconciliation?',
    body: [
      'Coder stops creating, replacing and deleting prebuilt workspaces in every organization until someone resumes it.',
      'Jobs already in the queue are not canceled: cancel them separately. Existing prebuilt workspaces are left as they are.',
    ],
    confirm: 'Pause reconciliation',
    keep: 'Keep running',
    done: 'Prebuild reconciliation paused',
    already: 'Reconciliation was already paused',
  },
  resume: {
    title: 'Resume prebuild reconciliation?',
    body: [
      'Coder starts reconciling again and creates prebuilds up to each preset’s desired count.',
      'If the template that caused a flood is not fixed yet, new prebuild jobs will pile up again.',
    ],
    confirm: 'Resume reconciliation',
    keep: 'Keep paused',
    done: 'Prebuild reconciliation resumed',
    already: 'Reconciliation was already running',
  },
} as const

/** Prebuild reconciliation state plus a pause/resume action with confirmation and feedback. */
export function useReconciliation() {
  const queryClient = useQueryClient()
  const settings = useQuery(prebuildQueries.settings())
  const permissions = useQuery(permissionQueries.deployment())
  const mutation = useMutation(updatePrebuildsSettingsMutation(queryClient))
  const unavailableReason = prebuildsUnavailableReason(settings.error)

  let status: ReconciliationStatus = 'loading'
  if (unavailableReason) status = 'unavailable'
  else if (settings.data) status = settings.data.reconciliation_paused ? 'paused' : 'running'
  else if (settings.isError) status = 'error'

  const { mutateAsync } = mutation
  const setPaused = useCallback(
    async (paused: boolean) => {
      const text = paused ? copy.pause : copy.resume
      try {
        const { alreadySet } = await mutateAsync({ reconciliation_paused: paused })
        notifications.show({
          color: alreadySet ? 'blue' : 'green',
          title: alreadySet ? text.already : text.done,
          message: alreadySet ? 'Nothing changed.' : undefined,
        })
        return true
      } catch (error) {
        const detail = errorDetail(error)
        notifications.show({
          color: 'red',
          title: `Could not ${paused ? 'pause' : 'resume'} reconciliation`,
          message: detail ? `${errorMessage(error)} ${detail}` : errorMessage(error),
        })
        return false
      }
    },
    [mutateAsync],
  )

  const confirmSetPaused = useCallback(
    (paused: boolean) => {
      const text = paused ? copy.pause : copy.resume
      modals.openConfirmModal({
        title: text.title,
        styles: { title: { fontWeight: 600 } },
        children: (
          <Stack gap="xs">
            {text.body.map((line) => (
              <Text key={line} size="sm">
                {line}
              </Text>
            ))}
          </Stack>
        ),
        labels: { confirm: text.confirm, cancel: text.keep },
        confirmProps: { color: paused ? 'orange' : 'blue' },
        onConfirm: () => void setPaused(paused),
      })
    },
    [setPaused],
  )

  return {
    status,
    settings,
    unavailableReason,
    /** undefined while the permission check is loading. */
    canChange: permissions.data?.updateDeploymentConfig,
    isUpdating: mutation.isPending,
    setPaused,
    confirmSetPaused,
  }
}
