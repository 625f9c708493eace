import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { permissionQueries } from '../../../api/authcheck'
import { licenseQueries } from '../../../api/licenses'
import { buildInfoQuery } from '../../../api/users'
import { LicensesPage } from '../../../features/licenses/LicensesPage'

const searchSchema = z.object({
  add: z.boolean().catch(false).default(false),
})

export const Route = createFileRoute('/_authed/deployment/licenses')({
  staticData: { crumb: 'Licenses' },
  validateSearch: searchSchema,
  loader: async ({ context: { queryClient } }) => {
    void queryClient.prefetchQuery(permissionQueries.deployment())
    void queryClient.prefetchQuery(licenseQueries.entitlements())
    void queryClient.prefetchQuery(buildInfoQuery())
    // The page renders its own error with retry, so a failed load must not fail the route.
    await queryClient.ensureQueryData(licenseQueries.list()).catch(() => undefined)
  },
  component: LicensesRoute,
})

function LicensesRoute() {
  const { add } = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <LicensesPage
      adding={add}
      onAddingChange={(next) => void navigate({ search: { add: next || undefined } })}
    />
  )
}
