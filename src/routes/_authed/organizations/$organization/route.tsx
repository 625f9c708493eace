import { createFileRoute, notFound, Outlet } from '@tanstack/react-router'
import { permissionQueries } from '../../../../api/authcheck'
import { isApiError } from '../../../../api/errors'
import { organizationQueries } from '../../../../api/organizations'
import { RouteNotFound } from '../../../../features/shell/RouteNotFound'

// Loads the organization once for every page under it; Coder answers 404 both for a missing
// organization and for one the user cannot read.
export const Route = createFileRoute('/_authed/organizations/$organization')({
  staticData: { crumb: (params) => params.organization },
  loader: async ({ context: { queryClient }, params }) => {
    try {
      const organization = await queryClient.ensureQueryData(
        organizationQueries.detail(params.organization),
      )
      void queryClient.prefetchQuery(permissionQueries.organization(organization.id))
      return { organizationId: organization.id }
    } catch (error) {
      if (isApiError(error) && error.status === 404) throw notFound()
      throw error
    }
  },
  notFoundComponent: () => <RouteNotFound what="Organization" />,
  component: Outlet,
})
