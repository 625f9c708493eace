import { useQuery } from '@tanstack/react-query'
import { permissionQueries } from '../../../api/authcheck'
import { organizationQueries } from '../../../api/organizations'

export type CancelPermission =
  { state: 'loading' } | { state: 'allowed' } | { state: 'denied'; reason: string }

/** May the signed-in user cancel this organization's provisioner jobs? */
export function useCancelPermission(organization: string): CancelPermission {
  const org = useQuery(organizationQueries.detail(organization))
  const orgId = org.data?.id
  const permissions = useQuery({
    ...permissionQueries.organization(orgId ?? ''),
    enabled: orgId !== undefined,
  })
  if (permissions.data?.updateProvisionerJobs) return { state: 'allowed' }
  if (permissions.data) {
    return {
      state: 'denied',
      reason:
        'You may not cancel provisioner jobs in this organization (it takes an owner, organization admin or template admin).',
    }
  }
  if (org.isError || permissions.isError) {
    return { state: 'denied', reason: 'Could not check whether you may cancel jobs here.' }
  }
  return { state: 'loading' }
}
