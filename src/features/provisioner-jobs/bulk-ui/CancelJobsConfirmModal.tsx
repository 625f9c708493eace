import { Button, Checkbox, Group, List, Modal, Stack } from '@mantine/core'
import { useState } from 'react'
import { PrebuildsSystemUserID, type ProvisionerJob } from '../../../api/types'
import { modalStyles } from './modalStyles'
import { plural } from './plural'
import { ReconciliationWarning } from './ReconciliationWarning'
import { SelectionSummaryTable } from './SelectionSummaryTable'
import { summarizeSelection } from './summarize'

export interface CancelJobsConfirmModalProps {
  opened: boolean
  jobs: ProvisionerJob[]
  onClose: () => void
  onConfirm: (opts: { includeRunning: boolean }) => void
}

export function CancelJobsConfirmModal({
  opened,
  jobs,
  onClose,
  onConfirm,
}: CancelJobsConfirmModalProps) {
  return (
    <Modal
      styles={modalStyles}
      opened={opened}
      onClose={onClose}
      title={`Cancel ${plural(jobs.length, 'selected job')}?`}
      size="lg"
    >
      {opened && <ConfirmBody jobs={jobs} onClose={onClose} onConfirm={onConfirm} />}
    </Modal>
  )
}

function ConfirmBody({ jobs, onClose, onConfirm }: Omit<CancelJobsConfirmModalProps, 'opened'>) {
  const [includeRunning, setIncludeRunning] = useState(false)
  const summary = summarizeSelection(jobs, {
    includeRunning,
    prebuildsUserId: PrebuildsSystemUserID,
  })

  return (
    <Stack gap="md">
      <SelectionSummaryTable summary={summary} />
      <List size="sm" spacing={4}>
        <List.Item>
          {plural(summary.pending, 'pending job')} will be canceled. Workspace builds are canceled
          only if they are still pending when the request lands; any that started meanwhile are
          skipped.
        </List.Item>
        {summary.running > 0 && (
          <List.Item>
            {includeRunning
              ? `${plural(summary.running, 'running job')} will be stopped; their builds usually end as failed with the error “canceled”.`
              : `${plural(summary.running, 'running job')} will be skipped.`}
          </List.Item>
        )}
        {summary.finished > 0 && (
          <List.Item>
            {plural(summary.finished, 'finished job')} will be skipped: there is nothing left to
            cancel.
          </List.Item>
        )}
      </List>
      <Checkbox
        label="Also cancel running jobs"
        description="Stops builds that are in progress. Off by default."
        checked={includeRunning}
        disabled={summary.running === 0}
        onChange={(e) => setIncludeRunning(e.currentTarget.checked)}
      />
      <ReconciliationWarning prebuildJobs={summary.prebuilds} />
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          Keep jobs
        </Button>
        <Button
          color="red"
          disabled={summary.toCancel === 0}
          onClick={() => onConfirm({ includeRunning })}
        >
          {summary.toCancel === 0
            ? 'Nothing to cancel'
            : `Cancel ${plural(summary.toCancel, 'job')}`}
        </Button>
      </Group>
    </Stack>
  )
}
