import { Button, Group, Stack, Text } from '@mantine/core'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { provisionerJobQueries } from '../../../api/provisionerJobs'
import { filterKey, jobPresets, type JobFilter } from '../filter'
import { filterToSearch, searchToFilter, type JobsSearch } from '../search'
import { PlainJobsTable } from './PlainJobsTable'

export interface PlainJobsPageProps {
  organization: string
  search: JobsSearch
  onSearchChange: (search: JobsSearch) => void
}

// Benchmark baseline only (see PlainJobsTable): same query and presets as the real page,
// none of its other parts, so the measured difference is the table.
export function PlainJobsPage({ organization, search, onSearchChange }: PlainJobsPageProps) {
  const filter = searchToFilter(search)
  const list = useQuery({
    ...provisionerJobQueries.list(organization, filter, { limit: search.limit }),
    placeholderData: keepPreviousData,
  })
  const apply = (next: JobFilter) => onSearchChange({ ...search, ...filterToSearch(next) })
  return (
    <Stack>
      <Group gap={6}>
        {jobPresets.map((preset) => (
          <Button
            key={preset.id}
            size="compact-sm"
            variant={filterKey(preset.filter) === filterKey(filter) ? 'filled' : 'default'}
            onClick={() => apply(preset.filter)}
          >
            {preset.label}
          </Button>
        ))}
      </Group>
      <Text size="sm" aria-live="polite" data-fetching={list.isFetching || undefined}>
        {list.data ? `${list.data.jobs.length} jobs` : 'Loading…'}
      </Text>
      {list.data && <PlainJobsTable jobs={list.data.jobs} />}
    </Stack>
  )
}
