import { Table } from '@mantine/core'
import { formatNumber } from '../../../lib/format'
import { jobTypeLabels, type SelectionSummary } from './summarize'

const columns = [
  { key: 'pending', label: 'Pending' },
  { key: 'running', label: 'Running' },
  { key: 'finished', label: 'Finished' },
] as const

/** Selected jobs by type (rows) and status bucket (columns), with totals. */
export function SelectionSummaryTable({ summary }: { summary: SelectionSummary }) {
  return (
    <Table
      withTableBorder
      verticalSpacing={4}
      fz="sm"
      aria-label="Selected jobs by type and status"
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Type</Table.Th>
          {columns.map((c) => (
            <Table.Th key={c.key} ta="right">
              {c.label}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {summary.byType.map((row) => (
          <Table.Tr key={row.type}>
            <Table.Th scope="row" fw={400}>
              {jobTypeLabels[row.type]}
            </Table.Th>
            {columns.map((c) => (
              <Table.Td key={c.key} ta="right">
                {formatNumber(row[c.key])}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th scope="row">Total</Table.Th>
          {columns.map((c) => (
            <Table.Th key={c.key} ta="right">
              {formatNumber(summary[c.key])}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  )
}
