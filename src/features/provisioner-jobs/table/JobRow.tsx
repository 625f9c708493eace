import { ActionIcon, Checkbox, Group, Text, Tooltip, VisuallyHidden } from '@mantine/core'
import { memo, type CSSProperties, type KeyboardEvent, type MouseEvent } from 'react'
import type { ProvisionerJob } from '../../../api/types'
import { formatDateTime, formatRelativeShort } from '../../../lib/format'
import type { CancelOutcome } from '../bulk/engine'
import { type CancelAbility, jobTypeText, queueText, tagsText } from './columns'
import { InitiatorBadge } from './InitiatorBadge'
import { JobStatusBadge } from './JobStatusBadge'
import { OutcomeBadge } from './OutcomeBadge'
import { TemplateCell } from './TemplateCell'
import classes from './JobsTable.module.css'

export interface JobRowProps {
  job: ProvisionerJob
  rowIndex: number
  style: CSSProperties
  isSelected: boolean
  isActive: boolean
  outcome?: CancelOutcome
  cancel: CancelAbility
  onToggle: (id: string, range: boolean) => void
  onOpen: (job: ProvisionerJob) => void
  onCancel: (job: ProvisionerJob) => void
}

const stop = (event: MouseEvent) => event.stopPropagation()

// A disabled button gets no hover events, so a blocked cancel stays hoverable (aria-disabled)
// and its tooltip says why.
function CancelCell({ job, cancel, onCancel }: Pick<JobRowProps, 'job' | 'cancel' | 'onCancel'>) {
  const label = cancel.allowed ? 'Cancel job' : cancel.reason
  return (
    <Tooltip label={label} withinPortal openDelay={200}>
      <ActionIcon
        variant="subtle"
        color="gray"
        aria-label="Cancel job"
        aria-disabled={!cancel.allowed}
        data-disabled={!cancel.allowed || undefined}
        onClick={(event) => {
          stop(event)
          if (cancel.allowed) onCancel(job)
        }}
      >
        <span aria-hidden>✕</span>
      </ActionIcon>
    </Tooltip>
  )
}

function JobRowView(props: JobRowProps) {
  const { job, isSelected, isActive, outcome, onToggle, onOpen } = props
  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.target !== event.currentTarget) return
    event.preventDefault()
    onOpen(job)
  }
  return (
    <div
      role="row"
      aria-rowindex={props.rowIndex}
      aria-selected={isSelected}
      tabIndex={-1}
      className={classes.row}
      data-active={isActive || undefined}
      data-selected={isSelected || undefined}
      style={props.style}
      onClick={() => onOpen(job)}
      onKeyDown={handleKeyDown}
    >
      <div role="cell" className={classes.cell} onClick={stop}>
        <Checkbox
          aria-label={`Select job ${job.id}`}
          checked={isSelected}
          onChange={() => {}}
          onClick={(event) => onToggle(job.id, event.shiftKey)}
        />
      </div>
      <div role="cell" className={classes.cell}>
        <Tooltip label={formatDateTime(job.created_at)} withinPortal openDelay={300}>
          <Text size="sm">{formatRelativeShort(job.created_at)}</Text>
        </Tooltip>
        <VisuallyHidden>{job.id}</VisuallyHidden>
      </div>
      <div role="cell" className={classes.cell}>
        <Text size="sm" truncate>
          {jobTypeText(job)}
        </Text>
      </div>
      <div role="cell" className={classes.cell}>
        <TemplateCell metadata={job.metadata} />
      </div>
      <div role="cell" className={classes.cell}>
        <Text size="sm" truncate c={job.metadata.workspace_name ? undefined : 'dimmed'}>
          {job.metadata.workspace_name ?? '—'}
        </Text>
      </div>
      <div role="cell" className={classes.cell}>
        <InitiatorBadge initiatorId={job.initiator_id} />
      </div>
      <div role="cell" className={classes.cell}>
        <Group gap={4} wrap="nowrap">
          <JobStatusBadge status={job.status} />
          {outcome && <OutcomeBadge outcome={outcome} />}
        </Group>
      </div>
      <div role="cell" className={classes.cell}>
        <Text size="sm" ff="monospace">
          {queueText(job)}
        </Text>
      </div>
      <div role="cell" className={classes.cell}>
        <Text size="sm" truncate c={job.worker_name ? undefined : 'dimmed'}>
          {job.worker_name || '—'}
        </Text>
      </div>
      <div role="cell" className={classes.cell}>
        <Text size="xs" ff="monospace" truncate title={tagsText(job.tags)}>
          {tagsText(job.tags)}
        </Text>
      </div>
      <div role="cell" className={classes.cell}>
        <CancelCell job={job} cancel={props.cancel} onCancel={props.onCancel} />
      </div>
    </div>
  )
}

export const JobRow = memo(JobRowView)
