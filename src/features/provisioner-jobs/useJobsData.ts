import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { permissionQueries } from '../../api/authcheck'
import { organizationQueries } from '../../api/organizations'
import { provisionerDaemonQueries, provisionerJobQueries } from '../../api/provisionerJobs'
import { emptyFilter, type JobFilter } from './filter'
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
  // Queue health is about the whole queue, whatever the table is filtered to; when the
  // filter is "pending" this is the same query and costs nothing extra.
  const pending = useQuery(
    provisionerJobQueries.list(organization, pendingOnly, { limit, live: isLive }),
  )
  const daemons = useQuery(provisionerDaemonQueries.list(organization))
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
    pending.data?.jobs.length,
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
