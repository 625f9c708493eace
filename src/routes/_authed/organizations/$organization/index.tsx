import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute } from '@tanstack/react-router'
import { organizationQueries } from '../../../../api/organizations'
import { OrganizationSettings } from '../../../../features/organizations/OrganizationSettings'

export const Route = createFileRoute('/_authed/organizations/$organization/')({
  component: OrganizationSettingsRoute,
})

function OrganizationSettingsRoute() {
  const { organization: name } = Route.useParams()
  const navigate = Route.useNavigate()
  const queryClient = useQueryClient()
  const { data: organization } = useSuspenseQuery(organizationQueries.detail(name))
  return (
    <OrganizationSettings
      organization={organization}
      onUpdated={(updated) => {
        if (updated.name !== organization.name) {
          void navigate({
            to: '/organizations/$organization',
            params: { organization: updated.name },
            replace: true,
          })
        }
      }}
      onDeleted={async () => {
        await navigate({ to: '/organizations', replace: true })
        // Only once the page is gone, or its own query would refetch into a 404.
        queryClient.removeQueries({ queryKey: organizationQueries.detail(name).queryKey })
      }}
    />
  )
}
