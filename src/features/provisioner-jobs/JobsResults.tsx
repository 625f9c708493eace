import { Button, Progress, Skeleton, Stack } from '@mantine/core'
import type { UseQueryResult } from '@tanstack/react-query'
import type { JobsListResult } from '../../api/provisionerJobs'
import { EmptyState } from '../../components/EmptyState'
import { ErrorState } from '../../components/ErrorState'
import { isFilterEmpty, type JobFilter } from './filter'
import { JobsTable, type JobsTableProps } from './table/JobsTable'

export interface JobsResultsProps extends Omit<JobsTableProps, 'jobs'> {
  list: UseQueryResult<JobsListResult>
  filter: JobFilter
  onClearFilters: () => void
}

/** The table with its loading, error, empty and refetching states. */
export function JobsResults({ list, filter, onClearFilters, ...table }: JobsResultsProps) {
  if (list.isPending) {
    return (
      <Stack gap={6} aria-busy="true" aria-label="Loading jobs">
        {Array.from({ length: 10 }, (_, i) => (
          <Skeleton key={i} height={36} />
        ))}
      </Stack>
    )
  }
  if (list.isError && !list.data) {
    return (
      <ErrorState
        title="Could not load provisioner jobs"
        error={list.error}
        onRetry={() => void list.refetch()}
        isRetrying={list.isFetching}
      />
    )
  }
  const jobs = list.data?.jobs ?? []
  if (jobs.length === 0) {
    return isFilterEmpty(filter) ? (
      <EmptyState
        title="No provisioner jobs"
        description="Jobs appear here when workspaces are built or templates are imported in this organization."
      />
    ) : (
      <EmptyState
        title="No jobs match this filter"
        description="Try another status or initiator, or clear the filter to see every job."
        action={<Button onClick={onClearFilters}>Clear filters</Button>}
      />
    )
  }
  return (
    <div style={{ position: 'relative' }}>
      {list.isPlaceholderData && (
        <Progress
          value={100}
          animated
          size={3}
          aria-label="Applying filter"
          style={{ position: 'absolute', top: 0, left: 0, right: 0, zIndex: 3 }}
        />
      )}
      <div style={{ opacity: list.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}>
        <JobsTable jobs={jobs} {...table} />
      </div>
    </div>
  )
}
