import { Button, Group, Paper, Text } from '@mantine/core'
import { formatNumber } from '../../../lib/format'
import type { JobSelectionApi } from '../selection/useJobSelection'
import { plural } from './plural'

/** Gmail's pattern: once every visible row is selected, offer the whole filter. */
export function SelectAllMatchingBanner({
  selection,
  matching,
}: {
  selection: JobSelectionApi
  matching: number
}) {
  if (selection.allMatching) {
    const excluded = selection.excludedIds.size
    return (
      <Paper withBorder p={6} px="sm" radius="md" bg="var(--mantine-color-blue-light)">
        <Group gap="xs" justify="center">
          <Text size="sm">
            All {plural(selection.count, 'job')} matching this filter{' '}
            {selection.count === 1 ? 'is' : 'are'} selected
            {excluded > 0 ? ` (${formatNumber(excluded)} left out)` : ''}. Jobs that start matching
            later are included too.
          </Text>
          <Button size="compact-sm" variant="subtle" onClick={selection.clear}>
            Clear selection
          </Button>
        </Group>
      </Paper>
    )
  }
  if (selection.visibleState !== 'all' || selection.count < 2) return null
  return (
    <Paper withBorder p={6} px="sm" radius="md" bg="var(--mantine-color-blue-light)">
      <Group gap="xs" justify="center">
        <Text size="sm">All {plural(selection.count, 'listed job')} are selected.</Text>
        <Button size="compact-sm" variant="subtle" onClick={selection.selectAllMatching}>
          Select all {formatNumber(matching)} matching this filter
        </Button>
        <Text size="xs" c="dimmed">
          (also jobs that arrive while you decide)
        </Text>
      </Group>
    </Paper>
  )
}
