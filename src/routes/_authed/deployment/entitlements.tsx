import { createFileRoute } from '@tanstack/react-router'
import { permissionQueries } from '../../../api/authcheck'
import { licenseQueries } from '../../../api/licenses'
import { EntitlementsPage } from '../../../features/licenses/EntitlementsPage'

export const Route = createFileRoute('/_authed/deployment/entitlements')({
  staticData: { crumb: 'Entitlements' },
  loader: async ({ context: { queryClient } }) => {
    void queryClient.prefetchQuery(permissionQueries.deployment())
    await queryClient.ensureQueryData(licenseQueries.entitlements()).catch(() => undefined)
  },
  component: EntitlementsPage,
})
