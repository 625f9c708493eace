import type { QueryClient } from '@tanstack/react-query'
import { permissionQueries } from '../../../api/authcheck'
import { organizationQueries } from '../../../api/organizations'
import { prebuildQueries } from '../../../api/prebuilds'
import type { Organization, ProvisionerJob } from '../../../api/types'
import { MockProvisionerJob } from '../selection/mockJobs'

export const MockOrganization: Organization = {
  id: MockProvisionerJob.organization_id,
  name: 'coder',
  display_name: 'Coder',
  description: '',
  icon: '',
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z',
  is_default: true,
}

/** Seeds what the bulk UI reads: the org, permissions and the reconciliation state. */
export function seedBulkQueries(
  queryClient: QueryClient,
  { canCancel = true, paused = false, canPause = true } = {},
) {
  queryClient.setQueryData(organizationQueries.detail('coder').queryKey, MockOrganization)
  queryClient.setQueryData(permissionQueries.organization(MockOrganization.id).queryKey, {
    updateOrganization: true,
    deleteOrganization: true,
    readProvisionerJobs: true,
    updateProvisionerJobs: canCancel,
    readProvisionerDaemons: true,
  })
  queryClient.setQueryData(prebuildQueries.settings().queryKey, { reconciliation_paused: paused })
  queryClient.setQueryData(permissionQueries.deployment().queryKey, {
    createOrganization: true,
    deleteOrganization: true,
    readLicenses: true,
    createLicense: true,
    deleteLicense: true,
    updateDeploymentConfig: canPause,
  })
}

let serial = 0
/** A job with a unique id; pass the fields that matter to the test. */
export function job(overrides: Partial<ProvisionerJob> = {}): ProvisionerJob {
  serial++
  return {
    ...MockProvisionerJob,
    id: `10000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    ...overrides,
  }
}
