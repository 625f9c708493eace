import { Alert, Button, Checkbox, Code, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { PrebuildsSystemUserID, type ProvisionerJob } from '../../../api/types'
import { isFilterEmpty, type JobFilter } from '../filter'
import { printQuery } from '../querySyntax'
import { modalStyles } from './modalStyles'
import { plural } from './plural'
import { ReconciliationWarning } from './ReconciliationWarning'
import { summarizeSelection } from './summarize'

export interface DrainConfirmModalProps {
  opened: boolean
  organization: string
  filter: JobFilter
  /** the jobs matching the filter right now */
  jobs: ProvisionerJob[]
  onClose: () => void
  onConfirm: (opts: { includeRunning: boolean }) => void
}

export function DrainConfirmModal(props: DrainConfirmModalProps) {
  return (
    <Modal
      styles={modalStyles}
      opened={props.opened}
      onClose={props.onClose}
      title="Cancel everything matching this filter?"
      size="lg"
    >
      {props.opened && <DrainBody {...props} />}
    </Modal>
  )
}

const statusAllows = (filter: JobFilter, status: 'pending' | 'running') =>
  filter.status.length === 0 || filter.status.includes(status)

function DrainBody({ organization, filter, jobs, onClose, onConfirm }: DrainConfirmModalProps) {
  const [includeRunning, setIncludeRunning] = useState(false)
  const [typed, setTyped] = useState('')
  const summary = summarizeSelection(jobs, {
    includeRunning,
    prebuildsUserId: PrebuildsSystemUserID,
  })
  const unfiltered = isFilterEmpty(filter)
  const canTarget =
    statusAllows(filter, 'pending') || (includeRunning && statusAllows(filter, 'running'))
  const confirmed = !unfiltered || typed === organization

  return (
    <Stack gap="md">
      {unfiltered ? (
        <Alert color="red" variant="light" title="No filter is set">
          This cancels every pending job in the organization {organization}, whoever started it.
        </Alert>
      ) : (
        <Text size="sm">
          Filter: <Code>{printQuery(filter)}</Code>
        </Text>
      )}
      <Text size="sm">
        Right now {plural(summary.pending, 'pending job')}
        {summary.running > 0 ? ` and ${plural(summary.running, 'running job')}` : ''} match. The
        console lists matching jobs from Coder and cancels them in rounds until none are left, so
        jobs that arrive meanwhile are canceled too. It stops, and says so, if new jobs keep
        arriving faster than they are canceled.
      </Text>
      <Checkbox
        label="Also cancel running jobs"
        description="Stops builds that are in progress. Off by default."
        checked={includeRunning}
        disabled={!statusAllows(filter, 'running')}
        onChange={(e) => setIncludeRunning(e.currentTarget.checked)}
      />
      {!canTarget && (
        <Text size="sm" c="red">
          The filter only matches finished jobs: there is nothing to cancel.
        </Text>
      )}
      <ReconciliationWarning prebuildJobs={summary.prebuilds} />
      {unfiltered && (
        <TextInput
          label={`Type ${organization} to confirm`}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          autoComplete="off"
        />
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          Keep jobs
        </Button>
        <Button
          color="red"
          disabled={!canTarget || !confirmed}
          onClick={() => onConfirm({ includeRunning })}
        >
          Cancel everything matching
        </Button>
      </Group>
    </Stack>
  )
}
