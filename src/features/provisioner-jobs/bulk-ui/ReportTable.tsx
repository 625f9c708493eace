import { Badge, ScrollArea, Table, Text } from '@mantine/core'
import type { CancelOutcome } from '../bulk/engine'
import { typeLabel } from '../table/columns'
import { resultOrder, resultStyle } from './resultStyle'

const MAX_ROWS = 300

const jobName = (outcome: CancelOutcome) =>
  outcome.job.metadata.workspace_name ?? outcome.job.metadata.template_display_name ?? ''

/** Every job that was not canceled, with its reason; the copy buttons carry the full list. */
export function ReportTable({ outcomes }: { outcomes: CancelOutcome[] }) {
  const attention = outcomes
    .filter((o) => o.result !== 'canceled')
    .sort((a, b) => resultOrder.indexOf(a.result) - resultOrder.indexOf(b.result))
  if (attention.length === 0) {
    return (
      <Text size="sm" c="teal">
        Every job was canceled.
      </Text>
    )
  }
  const shown = attention.slice(0, MAX_ROWS)
  return (
    <>
      <ScrollArea.Autosize mah={360} type="auto">
        <Table stickyHeader fz="xs" verticalSpacing={4} aria-label="Jobs not canceled">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Job</Table.Th>
              <Table.Th>Type</Table.Th>
              <Table.Th>Result</Table.Th>
              <Table.Th>Reason</Table.Th>
              <Table.Th ta="right">HTTP</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((o) => (
              <Table.Tr key={o.job.id}>
                <Table.Td>
                  <Text ff="monospace" size="xs" title={o.job.id}>
                    {o.job.id.slice(0, 8)}
                  </Text>
                  <Text size="xs" c="dimmed" truncate maw={160}>
                    {jobName(o)}
                  </Text>
                </Table.Td>
                <Table.Td>{typeLabel(o.job.type)}</Table.Td>
                <Table.Td>
                  <Badge color={resultStyle[o.result].color} variant="light" tt="none" size="sm">
                    {resultStyle[o.result].label}
                  </Badge>
                </Table.Td>
                <Table.Td>{o.reason ?? '—'}</Table.Td>
                <Table.Td ta="right">{o.status ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {attention.length > MAX_ROWS && (
        <Text size="xs" c="dimmed">
          Showing the first {MAX_ROWS} of {attention.length}. Copy as CSV or JSON for all of them.
        </Text>
      )}
    </>
  )
}
