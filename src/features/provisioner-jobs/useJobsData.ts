import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { permissionQueries } from '../../api/authcheck'
import { organizationQueries } from '../../api/organizations'
import { provisionerDaemonQueries, provisionerJobQueries } from '../../api/provisionerJobs'
import { emptyFilter, isFilterEmpty, type JobFilter } from './filter'
import { usePendingHistory } from './health/pendingHistory'
import { summarizeQueue } from './health/queueHealth'

const pendingOnly: JobFilter = { ...emptyFilter, status: ['pending'] }

/** Everything the page reads, polled together while live. */
export function useJobsData(
  organization: string,
  filter: JobFilter,
  limit: number | undefined,
  isLive: boolean,
) {
  const org = useQuery(organizationQueries.detail(organization))
  const list = useQuery(provisionerJobQueries.list(organization, filter, { limit, live: isLive }))
  // Queue health is about the whole queue, whatever the table is filtered to. An unfiltered
  // table already holds it (and a "pending" filter is the same query), so a second large
  // request is made only when the table is narrowed some other way.
  const isUnfiltered = isFilterEmpty(filter)
  const pendingQuery = useQuery({
    ...provisionerJobQueries.list(organization, pendingOnly, { limit, live: isLive }),
    enabled: !isUnfiltered,
  })
  const pending = isUnfiltered ? list : pendingQuery
  const daemons = useQuery(provisionerDaemonQueries.list(organization, { live: isLive }))
  const permissions = useQuery({
    ...permissionQueries.organization(org.data?.id ?? ''),
    enabled: Boolean(org.data?.id),
  })
  const jobs = useMemo(() => list.data?.jobs ?? [], [list.data])
  const summary = useMemo(
    () => summarizeQueue(jobs, pending.data?.jobs ?? [], daemons.data ?? []),
    [jobs, pending.data, daemons.data],
  )
  const history = usePendingHistory(
    organization,
    pending.data ? summary.pending : undefined,
    pending.isPlaceholderData ? undefined : pending.dataUpdatedAt,
  )
  const templates = useMemo(() => {
    const names = new Set<string>()
    for (const job of [...jobs, ...(pending.data?.jobs ?? [])]) {
      if (job.metadata.template_name) names.add(job.metadata.template_name)
    }
    return [...names]
  }, [jobs, pending.data])
  return { org, list, jobs, pending, daemons, permissions, summary, history, templates }
}
