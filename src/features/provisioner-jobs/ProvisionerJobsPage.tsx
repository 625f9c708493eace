import { Alert, Group, Stack, Text } from '@mantine/core'
import { useCallback, useMemo, useRef } from 'react'
import { reachedServerLimit } from '../../api/provisionerJobs'
import type { ProvisionerJob } from '../../api/types'
import { PageHeader } from '../../components/PageHeader'
import { formatNumber } from '../../lib/format'
import { PrebuildsReconciliationControl } from '../prebuilds/PrebuildsReconciliationControl'
import { RecoveryPanel } from '../prebuilds/RecoveryPanel'
import { BulkActionsBar } from './bulk-ui/BulkActionsBar'
import { useBulkCancel } from './bulk/useBulkCancel'
import { emptyFilter, filterKey, type JobFilter } from './filter'
import { FilterBar } from './filters/FilterBar'
import { QueueHealth } from './health/QueueHealth'
import { JobDrawer } from './JobDrawer'
import { JobsResults } from './JobsResults'
import { LiveToggle } from './LiveToggle'
import { filterToSearch, searchToFilter, type JobsSearch } from './search'
import { useJobSelection } from './selection/useJobSelection'
import { useQueueKeyboard } from './selection/useQueueKeyboard'
import { type CancelAbility, isCancelable } from './table/columns'
import { useJobsData } from './useJobsData'
import { useNow } from './useNow'
import { useSingleCancel } from './useSingleCancel'

export interface ProvisionerJobsPageProps {
  organization: string
  search: JobsSearch
  onSearchChange: (search: JobsSearch) => void
}

const allowed: CancelAbility = { allowed: true }
const finished: CancelAbility = {
  allowed: false,
  reason: 'Only pending or running jobs can be canceled',
}
const noPermission: CancelAbility = {
  allowed: false,
  reason: 'You do not have permission to cancel jobs here',
}

export function ProvisionerJobsPage({
  organization,
  search,
  onSearchChange,
}: ProvisionerJobsPageProps) {
  const filter = useMemo(() => searchToFilter(search), [search])
  const bulk = useBulkCancel(organization)
  const isBulkRunning = bulk.state.phase === 'running'
  const isLive = search.live !== false
  const data = useJobsData(organization, filter, search.limit, isLive && !isBulkRunning)
  const { jobs, list } = data
  const selection = useJobSelection(jobs, filterKey(filter))
  const searchRef = useRef<HTMLInputElement>(null)
  const nowMs = useNow()
  const requestCancel = useSingleCancel()

  const setFilter = useCallback(
    (next: JobFilter) => onSearchChange({ ...search, ...filterToSearch(next) }),
    [onSearchChange, search],
  )
  const openJob = useCallback(
    (job: ProvisionerJob) => onSearchChange({ ...search, job: job.id }),
    [onSearchChange, search],
  )
  useQueueKeyboard({
    jobs,
    selection,
    onFocusSearch: () => searchRef.current?.focus(),
    onOpenJob: openJob,
  })

  const mayCancel = data.permissions.data?.updateProvisionerJobs !== false
  const canCancel = useCallback(
    (job: ProvisionerJob) => (!isCancelable(job) ? finished : mayCancel ? allowed : noPermission),
    [mayCancel],
  )
  const result = list.data
  const hitLimit = result !== undefined && reachedServerLimit(result)

  return (
    <Stack gap="md">
      <PageHeader
        title="Provisioner jobs"
        description={`The build and import queue of ${data.org.data?.display_name || organization}.`}
        actions={
          <Group gap="md">
            <LiveToggle
              isLive={isLive}
              onLiveChange={(live) => onSearchChange({ ...search, live: live ? undefined : false })}
              updatedAt={list.dataUpdatedAt}
              nowMs={nowMs}
              isFetching={list.isFetching}
              isHeldByBulk={isBulkRunning}
            />
            <PrebuildsReconciliationControl />
          </Group>
        }
      />
      <QueueHealth
        summary={data.summary}
        history={data.history}
        nowMs={nowMs}
        hasDaemons={data.daemons.isSuccess}
        hasQueue={data.pending.isSuccess}
      />
      <RecoveryPanel organization={organization} bulk={bulk} />
      <FilterBar
        filter={filter}
        onFilterChange={setFilter}
        templates={data.templates}
        searchRef={searchRef}
      />
      {result?.initiatorFilteredInBrowser && (
        <Text size="xs" c="dimmed">
          This Coder server cannot filter by initiator, so the initiator filter is applied in the
          browser to the newest {formatNumber(result.limit)} jobs.
        </Text>
      )}
      <BulkActionsBar
        organization={organization}
        filter={filter}
        jobs={jobs}
        selection={selection}
        bulk={bulk}
      />
      {hitLimit && (
        <Alert color="yellow" variant="light" py={6}>
          Only the newest {formatNumber(result.serverCount)} jobs were loaded; older ones are not
          listed. Narrow the status, initiator or tags to reach them.
        </Alert>
      )}
      <JobsResults
        list={list}
        filter={filter}
        onClearFilters={() => setFilter(emptyFilter)}
        selection={selection}
        outcomes={bulk.state.byJobId}
        onOpenJob={openJob}
        onCancelJob={requestCancel}
        canCancel={canCancel}
      />
      <JobDrawer
        organization={organization}
        jobId={search.job}
        listedJob={jobs.find((j) => j.id === search.job)}
        onClose={() => onSearchChange({ ...search, job: undefined })}
        onCancelJob={requestCancel}
        canCancel={canCancel}
      />
    </Stack>
  )
}
