import { createFileRoute } from '@tanstack/react-router'
import { PlainJobsPage } from '../../../../features/provisioner-jobs/bench/PlainJobsPage'
import { jobsSearchSchema } from '../../../../features/provisioner-jobs/search'

// Exists only as the non-virtualized baseline for `npm run bench:queue` (bench/queue.ts);
// it is linked from nowhere in the app's navigation.
export const Route = createFileRoute(
  '/_authed/organizations/$organization/provisioner-jobs_/plain',
)({
  validateSearch: jobsSearchSchema,
  component: PlainJobsRoute,
})

function PlainJobsRoute() {
  const { organization } = Route.useParams()
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <PlainJobsPage
      organization={organization}
      search={search}
      onSearchChange={(next) => void navigate({ search: next })}
    />
  )
}
