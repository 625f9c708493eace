import {
  Alert,
  Button,
  Code,
  CopyButton,
  Drawer,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
} from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { provisionerDaemonQueries, provisionerJobQueries } from '../../api/provisionerJobs'
import type { ProvisionerDaemon, ProvisionerJob } from '../../api/types'
import { formatDateTime, formatDuration } from '../../lib/format'
import { ErrorState } from '../../components/ErrorState'
import { type CancelAbility, jobTypeText, queueText, tagsText } from './table/columns'
import { InitiatorBadge } from './table/InitiatorBadge'
import { JobStatusBadge } from './table/JobStatusBadge'
import { TemplateCell } from './table/TemplateCell'

export interface JobDrawerProps {
  organization: string
  jobId?: string
  /** the row as the list knows it; the drawer asks Coder only when the row is not in view */
  listedJob?: ProvisionerJob
  onClose: () => void
  onCancelJob: (job: ProvisionerJob) => void
  canCancel: (job: ProvisionerJob) => CancelAbility
}

const time = (iso?: string) => (iso ? formatDateTime(iso) : '—')
const duration = (job: ProvisionerJob) =>
  job.started_at && job.completed_at
    ? formatDuration(Date.parse(job.completed_at) - Date.parse(job.started_at))
    : '—'

function workerNames(ids: string[] | undefined, daemons: ProvisionerDaemon[] | undefined) {
  if (!ids || ids.length === 0) return 'None: no provisioner matches this job’s tags'
  const byId = new Map(daemons?.map((d) => [d.id, d]))
  return ids
    .map((id) => {
      const d = byId.get(id)
      return d ? `${d.name} (${d.status})` : id
    })
    .join(', ')
}

function Fields({ job, daemons }: { job: ProvisionerJob; daemons?: ProvisionerDaemon[] }) {
  const rows: [string, ReactNode][] = [
    ['Status', <JobStatusBadge key="s" status={job.status} />],
    ['Type', jobTypeText(job)],
    ['Template', <TemplateCell key="t" metadata={job.metadata} />],
    ['Template version', job.metadata.template_version_name || '—'],
    ['Workspace', job.metadata.workspace_name ?? '—'],
    ['Initiator', <InitiatorBadge key="i" initiatorId={job.initiator_id} />],
    ['Created', time(job.created_at)],
    ['Started', time(job.started_at)],
    ['Completed', time(job.completed_at)],
    ['Canceled', time(job.canceled_at)],
    ['Queue', queueText(job)],
    ['Worker', job.worker_name || job.worker_id || '—'],
    [
      'Available provisioners',
      job.status === 'pending' ? workerNames(job.available_workers, daemons) : '—',
    ],
    ['Tags', <Code key="g">{tagsText(job.tags) || '(none)'}</Code>],
    ['Error code', job.error_code || '—'],
    ['File ID', <Code key="f">{job.file_id}</Code>],
    ['Duration', duration(job)],
    ['Template version ID', <Code key="tv">{job.input.template_version_id ?? '—'}</Code>],
    ['Workspace build ID', <Code key="wb">{job.input.workspace_build_id ?? '—'}</Code>],
    ['Logs overflowed', job.logs_overflowed ? 'Yes' : 'No'],
  ]
  return (
    <Table variant="vertical" layout="fixed" withTableBorder>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={170}>{label}</Table.Th>
            <Table.Td style={{ wordBreak: 'break-word' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

export function JobDrawer(props: JobDrawerProps) {
  const { organization, jobId, listedJob, onClose, onCancelJob, canCancel } = props
  const detail = useQuery({
    ...provisionerJobQueries.detail(organization, jobId ?? ''),
    enabled: Boolean(jobId) && !listedJob,
  })
  const daemons = useQuery({
    ...provisionerDaemonQueries.list(organization),
    enabled: Boolean(jobId),
  })
  const job = listedJob ?? detail.data
  const cancel = job ? canCancel(job) : undefined
  return (
    <Drawer
      opened={Boolean(jobId)}
      onClose={onClose}
      position="right"
      size="lg"
      title="Provisioner job"
    >
      {!job && detail.isPending && <Skeleton height={400} />}
      {!job && detail.isError && (
        <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />
      )}
      {job && (
        <Stack gap="md">
          <Group justify="space-between" wrap="nowrap">
            <Code style={{ overflowWrap: 'anywhere' }}>{job.id}</Code>
            <CopyButton value={job.id}>
              {({ copied, copy }) => (
                <Button size="compact-xs" variant="light" onClick={copy}>
                  {copied ? 'Copied' : 'Copy ID'}
                </Button>
              )}
            </CopyButton>
          </Group>
          {job.error && (
            <Alert color="red" title="Error" variant="light">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {job.error}
              </Text>
            </Alert>
          )}
          <Fields job={job} daemons={daemons.data} />
          <Group justify="flex-end">
            <Button
              color="red"
              variant="light"
              disabled={!cancel?.allowed}
              title={cancel && !cancel.allowed ? cancel.reason : undefined}
              onClick={() => onCancelJob(job)}
            >
              Cancel job
            </Button>
          </Group>
          {cancel && !cancel.allowed && (
            <Text size="xs" c="dimmed" ta="right">
              {cancel.reason}
            </Text>
          )}
        </Stack>
      )}
    </Drawer>
  )
}
