import { Text } from '@mantine/core'
import { modals } from '@mantine/modals'
import { notifications } from '@mantine/notifications'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { errorDetail, errorMessage } from '../../api/errors'
import { cancelProvisionerJobMutation } from '../../api/provisionerJobs'
import type { ProvisionerJob } from '../../api/types'
import { jobTypeText } from './table/columns'

function describeJob(job: ProvisionerJob) {
  const what = job.metadata.workspace_name ?? job.metadata.template_name
  return `${jobTypeText(job)}${what ? ` for ${what}` : ''}`
}

/** Row-level cancel: confirm, then one request; the outcome is told where the admin acted. */
export function useSingleCancel() {
  const queryClient = useQueryClient()
  const mutation = useMutation(cancelProvisionerJobMutation(queryClient))
  const { mutate } = mutation
  return useCallback(
    (job: ProvisionerJob) =>
      modals.openConfirmModal({
        title: 'Cancel provisioner job',
        children: (
          <Text size="sm">
            Cancel the {job.status} job {describeJob(job)}? A pending job stops at once; a running
            one is asked to stop and usually ends as failed. This cannot be undone.
          </Text>
        ),
        labels: { confirm: 'Cancel job', cancel: 'Keep job' },
        confirmProps: { color: 'red' },
        onConfirm: () =>
          mutate(job, {
            onSuccess: () =>
              notifications.show({
                color: 'teal',
                message: `Cancel requested for ${describeJob(job)}`,
              }),
            onError: (error) =>
              notifications.show({
                color: 'red',
                title: `Could not cancel: ${errorMessage(error)}`,
                message: errorDetail(error) ?? describeJob(job),
              }),
          }),
      }),
    [mutate],
  )
}
