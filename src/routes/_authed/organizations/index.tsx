import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { permissionQueries } from '../../../api/authcheck'
import { organizationQueries } from '../../../api/organizations'
import { OrganizationsPage } from '../../../features/organizations/OrganizationsPage'

const searchSchema = z.object({
  q: z.string().optional().catch(undefined),
})

export const Route = createFileRoute('/_authed/organizations/')({
  validateSearch: searchSchema,
  loader: ({ context: { queryClient } }) => {
    void queryClient.prefetchQuery(permissionQueries.deployment())
    return queryClient.ensureQueryData(organizationQueries.list())
  },
  component: OrganizationsRoute,
})

function OrganizationsRoute() {
  const { q } = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <OrganizationsPage
      filter={q ?? ''}
      onFilterChange={(next) => void navigate({ search: { q: next || undefined }, replace: true })}
    />
  )
}
