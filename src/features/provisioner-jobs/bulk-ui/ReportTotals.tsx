import { Badge, Group } from '@mantine/core'
import { formatNumber } from '../../../lib/format'
import { cancelResults } from '../bulk/engine'
import { resultStyle } from './resultStyle'
import type { BulkCancelState } from './types'

/** One badge per result plus the total, which is always their sum. */
export function ReportTotals({ state }: { state: BulkCancelState }) {
  const total = cancelResults.reduce((sum, r) => sum + state.counts[r], 0)
  return (
    <Group gap="xs" aria-label="Totals">
      <Badge variant="outline" color="gray" tt="none" size="lg">
        Total {formatNumber(total)}
      </Badge>
      {cancelResults.map((result) => (
        <Badge
          key={result}
          variant={state.counts[result] > 0 ? 'light' : 'outline'}
          color={state.counts[result] > 0 ? resultStyle[result].color : 'gray'}
          tt="none"
          size="lg"
        >
          {resultStyle[result].label} {formatNumber(state.counts[result])}
        </Badge>
      ))}
    </Group>
  )
}
