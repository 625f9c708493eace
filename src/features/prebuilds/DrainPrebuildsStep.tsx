import { Button, Progress, Text, Tooltip } from '@mantine/core'
import { modals } from '@mantine/modals'
import { formatNumber } from '../../lib/format'
import type { BulkCancelController } from '../provisioner-jobs/bulk-ui/types'
import { pendingPrebuildsFilter } from './floodRunbook'
import { RecoveryStep } from './RecoveryStep'

export interface DrainPrebuildsStepProps {
  bulk: BulkCancelController
  /** pending prebuild jobs now; undefined while unknown */
  pendingCount?: number
  isReconciling: boolean
  blockedReason?: string
}

function drainState(bulk: BulkCancelController, pendingCount?: number) {
  const { state } = bulk
  const now =
    pendingCount === undefined
      ? 'Counting pending prebuild jobs…'
      : `${formatNumber(pendingCount)} pending prebuild jobs now.`
  if (state.mode !== 'drain' || state.phase === 'idle') return now
  if (state.phase === 'running')
    return `${now} Canceled ${formatNumber(state.counts.canceled)} so far.`
  return `${now} Last run: ${state.message ?? `canceled ${state.counts.canceled}.`}`
}

/** Step 2: drain every pending job the prebuilds user started (people's jobs are never touched). */
export function DrainPrebuildsStep({
  bulk,
  pendingCount,
  isReconciling,
  blockedReason,
}: DrainPrebuildsStepProps) {
  const isDraining = bulk.state.phase === 'running' && bulk.state.mode === 'drain'
  const isBusy = bulk.state.phase === 'running'
  const reason =
    blockedReason ?? (isBusy && !isDraining ? 'Another bulk cancel is running.' : undefined)

  const confirm = () =>
    modals.openConfirmModal({
      title: 'Cancel all pending prebuild jobs?',
      styles: { title: { fontWeight: 600 } },
      children: (
        <Text size="sm">
          {pendingCount !== undefined ? `${formatNumber(pendingCount)} are pending now. ` : ''}Only
          jobs started by the prebuilds user are canceled, in rounds, until none are left; jobs
          people started and running jobs are not touched.
          {isReconciling ? ' Reconciliation is still running, so new ones will keep arriving.' : ''}
        </Text>
      ),
      labels: { confirm: 'Cancel pending prebuild jobs', cancel: 'Keep jobs' },
      confirmProps: { color: 'red' },
      onConfirm: () => bulk.startDrain(pendingPrebuildsFilter),
    })

  const action = isDraining ? (
    <Button size="xs" variant="light" color="red" onClick={bulk.abort}>
      Abort
    </Button>
  ) : (
    <Tooltip label={reason} disabled={!reason} multiline w={260}>
      <Button
        size="xs"
        color="red"
        disabled={Boolean(reason) || pendingCount === 0}
        onClick={confirm}
      >
        Cancel pending prebuild jobs
      </Button>
    </Tooltip>
  )

  return (
    <RecoveryStep
      number={2}
      title="Cancel all pending prebuild jobs"
      state={drainState(bulk, pendingCount)}
      isDone={pendingCount === 0}
      action={action}
    >
      {isDraining && (
        <Progress
          value={bulk.state.total ? (bulk.state.outcomes.length / bulk.state.total) * 100 : 0}
          animated
          size="sm"
          aria-label="Draining pending prebuild jobs"
        />
      )}
      {isReconciling && pendingCount !== 0 && (
        <Text size="xs" c="orange">
          Reconciliation is running: pause it first or new jobs replace the ones you cancel.
        </Text>
      )}
    </RecoveryStep>
  )
}
