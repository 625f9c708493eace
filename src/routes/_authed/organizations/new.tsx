import { notifications } from '@mantine/notifications'
import { createFileRoute } from '@tanstack/react-router'
import { permissionQueries } from '../../../api/authcheck'
import { NewOrganizationPage } from '../../../features/organizations/NewOrganizationPage'

export const Route = createFileRoute('/_authed/organizations/new')({
  staticData: { crumb: 'New organization' },
  loader: ({ context: { queryClient } }) =>
    queryClient.prefetchQuery(permissionQueries.deployment()),
  component: NewOrganizationRoute,
})

function NewOrganizationRoute() {
  const navigate = Route.useNavigate()
  return (
    <NewOrganizationPage
      onCreated={(organization) => {
        notifications.show({ color: 'green', message: `Created ${organization.name}` })
        void navigate({
          to: '/organizations/$organization',
          params: { organization: organization.name },
        })
      }}
      onCancel={() => void navigate({ to: '/organizations' })}
    />
  )
}
