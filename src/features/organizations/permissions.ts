import { useQuery } from '@tanstack/react-query'
import { permissionQueries } from '../../api/authcheck'
import { licenseQueries } from '../../api/licenses'

const CHECKING = 'Checking your permissions…'
const PREMIUM = 'Multiple Organizations is a Premium feature. Contact sales!'

// Why the signed-in user may not create organizations, or undefined when they may.
// The licence gate uses Coder's own wording; a failed entitlements read does not block.
export function useCreateOrganizationDeniedReason(): string | undefined {
  const permissions = useQuery(permissionQueries.deployment())
  const entitlements = useQuery(licenseQueries.entitlements())
  if (!permissions.data) return permissions.isError ? undefined : CHECKING
  if (!permissions.data.createOrganization) {
    return 'Only deployment owners can create organizations.'
  }
  const feature = entitlements.data?.features.multiple_organizations
  if (entitlements.data && !feature?.enabled) return PREMIUM
  return undefined
}

export function useOrganizationDeniedReasons(organizationId: string) {
  const permissions = useQuery(permissionQueries.organization(organizationId))
  if (!permissions.data) {
    const reason = permissions.isError ? undefined : CHECKING
    return { update: reason, delete: reason, readJobs: undefined }
  }
  return {
    update: permissions.data.updateOrganization
      ? undefined
      : 'You need the owner or organization admin role to edit this organization.',
    delete: permissions.data.deleteOrganization
      ? undefined
      : 'Only deployment owners can delete organizations.',
    readJobs: permissions.data.readProvisionerJobs
      ? undefined
      : 'Viewing provisioner jobs needs the owner, organization admin or template admin role.',
  }
}
