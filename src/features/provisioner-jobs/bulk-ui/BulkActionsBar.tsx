import { Button, Group, Stack, Text, Tooltip } from '@mantine/core'
import { useState } from 'react'
import type { ProvisionerJob } from '../../../api/types'
import type { JobFilter } from '../filter'
import type { JobSelectionApi } from '../selection/useJobSelection'
import { BulkProgress } from './BulkProgress'
import { BulkReportModal } from './BulkReportModal'
import { BulkRunSummary } from './BulkRunSummary'
import { CancelJobsConfirmModal } from './CancelJobsConfirmModal'
import { DrainConfirmModal } from './DrainConfirmModal'
import { plural } from './plural'
import { SelectAllMatchingBanner } from './SelectAllMatchingBanner'
import type { BulkCancelController } from './types'
import { useCancelPermission } from './useCancelPermission'
import { useRunNotification } from './useRunNotification'

export interface BulkActionsBarProps {
  organization: string
  filter: JobFilter
  /** the jobs matching the filter, as listed */
  jobs: ProvisionerJob[]
  selection: JobSelectionApi
  bulk: BulkCancelController
}

type Dialog = 'confirm' | 'drain' | 'report'

export function BulkActionsBar({
  organization,
  filter,
  jobs,
  selection,
  bulk,
}: BulkActionsBarProps) {
  const [dialog, setDialog] = useState<Dialog>()
  const permission = useCancelPermission(organization)
  useRunNotification(bulk.state)
  const { phase } = bulk.state
  const isRunning = phase === 'running'
  const blockedReason =
    permission.state === 'denied'
      ? permission.reason
      : isRunning
        ? 'A bulk cancel is already running.'
        : undefined
  const close = () => setDialog(undefined)

  return (
    <Stack gap="xs">
      <Group justify="space-between" gap="sm" aria-label="Bulk actions" role="toolbar">
        <Group gap="xs">
          <Text
            size="sm"
            fw={selection.count > 0 ? 600 : 400}
            c={selection.count > 0 ? undefined : 'dimmed'}
          >
            {selection.count > 0
              ? `${plural(selection.count, 'job')} selected`
              : 'No jobs selected'}
          </Text>
          {selection.count > 0 && (
            <Button size="compact-sm" variant="subtle" color="gray" onClick={selection.clear}>
              Clear selection
            </Button>
          )}
        </Group>
        <Group gap="xs">
          <Tooltip label={blockedReason} disabled={!blockedReason} multiline w={280}>
            <Button
              size="xs"
              color="red"
              disabled={
                Boolean(blockedReason) || permission.state === 'loading' || selection.count === 0
              }
              onClick={() => setDialog('confirm')}
            >
              {selection.count > 0
                ? `Cancel ${plural(selection.count, 'job')}`
                : 'Cancel selected jobs'}
            </Button>
          </Tooltip>
          <Tooltip label={blockedReason} disabled={!blockedReason} multiline w={280}>
            <Button
              size="xs"
              color="red"
              variant="outline"
              disabled={Boolean(blockedReason) || permission.state === 'loading'}
              onClick={() => setDialog('drain')}
            >
              Cancel everything matching…
            </Button>
          </Tooltip>
        </Group>
      </Group>
      {permission.state === 'denied' && (
        <Text size="xs" c="dimmed">
          {permission.reason}
        </Text>
      )}
      <SelectAllMatchingBanner selection={selection} matching={jobs.length} />
      {isRunning && <BulkProgress state={bulk.state} onAbort={bulk.abort} />}
      {(phase === 'done' || phase === 'aborted') && (
        <BulkRunSummary
          state={bulk.state}
          onOpenReport={() => setDialog('report')}
          onRetryFailed={bulk.retryFailed}
          onDismiss={bulk.reset}
        />
      )}
      <CancelJobsConfirmModal
        opened={dialog === 'confirm'}
        jobs={selection.selectedJobs}
        onClose={close}
        onConfirm={({ includeRunning }) => {
          close()
          bulk.start(selection.selectedJobs, { includeRunning })
          // The report now holds these jobs; keeping them ticked invites a second, no-op run.
          selection.clear()
        }}
      />
      <DrainConfirmModal
        opened={dialog === 'drain'}
        organization={organization}
        filter={filter}
        jobs={jobs}
        onClose={close}
        onConfirm={({ includeRunning }) => {
          close()
          bulk.startDrain(filter, { includeRunning })
          selection.clear()
        }}
      />
      <BulkReportModal
        opened={dialog === 'report'}
        onClose={close}
        state={bulk.state}
        onRetryFailed={() => {
          close()
          bulk.retryFailed()
        }}
      />
    </Stack>
  )
}
