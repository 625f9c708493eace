import { queryOptions } from '@tanstack/react-query'
import { request } from './client'
import type { AuthorizationRequest, AuthorizationResponse } from './types'

const checkAuthorization = (checks: AuthorizationRequest['checks'], signal?: AbortSignal) =>
  request<AuthorizationResponse>('/authcheck', { method: 'POST', body: { checks }, signal })

/** Deployment-wide permissions the console's pages need. */
export const deploymentChecks = {
  createOrganization: { object: { resource_type: 'organization' }, action: 'create' },
  deleteOrganization: { object: { resource_type: 'organization' }, action: 'delete' },
  readLicenses: { object: { resource_type: 'license' }, action: 'read' },
  createLicense: { object: { resource_type: 'license' }, action: 'create' },
  deleteLicense: { object: { resource_type: 'license' }, action: 'delete' },
  updateDeploymentConfig: { object: { resource_type: 'deployment_config' }, action: 'update' },
} satisfies AuthorizationRequest['checks']

/** Permissions inside one organization. */
export const organizationChecks = (organizationId: string) =>
  ({
    updateOrganization: {
      object: { resource_type: 'organization', organization_id: organizationId },
      action: 'update',
    },
    deleteOrganization: {
      object: { resource_type: 'organization', organization_id: organizationId },
      action: 'delete',
    },
    readProvisionerJobs: {
      object: { resource_type: 'provisioner_jobs', organization_id: organizationId },
      action: 'read',
    },
    updateProvisionerJobs: {
      object: { resource_type: 'provisioner_jobs', organization_id: organizationId },
      action: 'update',
    },
    readProvisionerDaemons: {
      object: { resource_type: 'provisioner_daemon', organization_id: organizationId },
      action: 'read',
    },
  }) satisfies AuthorizationRequest['checks']

export type DeploymentPermissions = Record<keyof typeof deploymentChecks, boolean>
export type OrganizationPermissions = Record<keyof ReturnType<typeof organizationChecks>, boolean>

export const permissionQueries = {
  deployment: () =>
    queryOptions({
      queryKey: ['authcheck', 'deployment'],
      queryFn: ({ signal }) =>
        checkAuthorization(deploymentChecks, signal) as Promise<DeploymentPermissions>,
      staleTime: 60_000,
    }),
  organization: (organizationId: string) =>
    queryOptions({
      queryKey: ['authcheck', 'organization', organizationId],
      queryFn: ({ signal }) =>
        checkAuthorization(
          organizationChecks(organizationId),
          signal,
        ) as Promise<OrganizationPermissions>,
      staleTime: 60_000,
    }),
}
