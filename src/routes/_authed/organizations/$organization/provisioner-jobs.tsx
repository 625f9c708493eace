import { createFileRoute, notFound, useRouter } from '@tanstack/react-router'
import { useEffect } from 'react'
import { isApiError } from '../../../../api/errors'
import { organizationQueries } from '../../../../api/organizations'
import { provisionerJobQueries } from '../../../../api/provisionerJobs'
import { ErrorState } from '../../../../components/ErrorState'
import { NotFoundState } from '../../../../components/NotFoundState'
import { PendingState } from '../../../../components/PendingState'
import {
  announceDroppedSearch,
  noteDroppedSearch,
} from '../../../../features/provisioner-jobs/droppedSearch'
import { ProvisionerJobsPage } from '../../../../features/provisioner-jobs/ProvisionerJobsPage'
import {
  invalidSearchParts,
  jobsSearchSchema,
  searchToFilter,
} from '../../../../features/provisioner-jobs/search'

export const Route = createFileRoute('/_authed/organizations/$organization/provisioner-jobs')({
  validateSearch: (raw: Record<string, unknown>) => {
    // The router rewrites a garbled address before the page mounts: note what was dropped now.
    noteDroppedSearch(invalidSearchParts(raw))
    return jobsSearchSchema.parse(raw)
  },
  loaderDeps: ({ search }) => ({ filter: searchToFilter(search), limit: search.limit }),
  loader: async ({ context: { queryClient }, params, deps, cause }) => {
    const org = params.organization
    await queryClient.ensureQueryData(organizationQueries.detail(org)).catch((error: unknown) => {
      throw isApiError(error) && error.status === 404 ? notFound() : error
    })
    const jobs = queryClient.ensureQueryData(
      provisionerJobQueries.list(org, deps.filter, { limit: deps.limit }),
    )
    // Only the first visit waits; a filter change keeps the current rows until new ones land.
    if (cause === 'enter') await jobs
    else jobs.catch(() => {})
  },
  pendingComponent: () => <PendingState rows={10} />,
  errorComponent: ({ error, reset }) => <RouteError error={error} reset={reset} />,
  notFoundComponent: () => <NotFoundState title="Organization not found" />,
  component: ProvisionerJobsRoute,
})

function RouteError({ error, reset }: { error: unknown; reset: () => void }) {
  const router = useRouter()
  const retry = () => {
    reset()
    void router.invalidate()
  }
  return <ErrorState title="Could not load provisioner jobs" error={error} onRetry={retry} />
}

function ProvisionerJobsRoute() {
  const { organization } = Route.useParams()
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  useGarbledUrlNotice()
  return (
    <ProvisionerJobsPage
      organization={organization}
      search={search}
      onSearchChange={(next) => void navigate({ search: next })}
    />
  )
}

function useGarbledUrlNotice() {
  const navigate = Route.useNavigate()
  useEffect(() => {
    if (announceDroppedSearch()) void navigate({ search: (prev) => prev, replace: true })
  })
}
