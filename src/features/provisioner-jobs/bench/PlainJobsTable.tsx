import { Table, Text } from '@mantine/core'
import type { ProvisionerJob } from '../../../api/types'
import { formatRelative } from '../../../lib/format'
import { columnHeaders, jobTypeText, queueText, tagsText } from '../table/columns'
import { InitiatorBadge } from '../table/InitiatorBadge'
import { JobStatusBadge } from '../table/JobStatusBadge'
import { TemplateCell } from '../table/TemplateCell'

// Exists only as the baseline for `npm run bench:queue`: the same rows and cells as the
// queue's JobsTable, rendered all at once in a plain Mantine Table (no virtualization).
export function PlainJobsTable({ jobs }: { jobs: ProvisionerJob[] }) {
  return (
    <Table striped aria-label="Provisioner jobs (plain)" stickyHeader>
      <Table.Thead>
        <Table.Tr>
          {columnHeaders.map((name) => (
            <Table.Th key={name}>{name}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {jobs.map((job) => (
          <Table.Tr key={job.id}>
            <Table.Td>{formatRelative(job.created_at)}</Table.Td>
            <Table.Td>{jobTypeText(job)}</Table.Td>
            <Table.Td>
              <TemplateCell metadata={job.metadata} />
            </Table.Td>
            <Table.Td>{job.metadata.workspace_name ?? '—'}</Table.Td>
            <Table.Td>
              <InitiatorBadge initiatorId={job.initiator_id} />
            </Table.Td>
            <Table.Td>
              <JobStatusBadge status={job.status} />
            </Table.Td>
            <Table.Td>{queueText(job)}</Table.Td>
            <Table.Td>{job.worker_name || '—'}</Table.Td>
            <Table.Td>
              <Text size="xs" ff="monospace">
                {tagsText(job.tags)}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
