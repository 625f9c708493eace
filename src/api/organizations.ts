import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { request } from './client'
import type {
  CreateOrganizationRequest,
  Organization,
  Response as CoderResponse,
  UpdateOrganizationRequest,
} from './types'

// `org` is an organization id, a name (case-insensitive) or `default`, as Coder accepts.
const orgPath = (org: string) => `/organizations/${encodeURIComponent(org)}`

const getOrganizations = (signal?: AbortSignal) =>
  request<Organization[]>('/organizations', { signal })
const getOrganization = (org: string, signal?: AbortSignal) =>
  request<Organization>(orgPath(org), { signal })

export const organizationQueries = {
  all: () => ['organizations'] as const,
  list: () =>
    queryOptions({
      queryKey: [...organizationQueries.all(), 'list'],
      queryFn: ({ signal }) => getOrganizations(signal),
    }),
  detail: (org: string) =>
    queryOptions({
      queryKey: [...organizationQueries.all(), 'detail', org.toLowerCase()],
      queryFn: ({ signal }) => getOrganization(org, signal),
    }),
}

// Both the list and every detail copy of the changed organization must refresh.
const refreshOrganizations = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: organizationQueries.all() })

export const createOrganizationMutation = (queryClient: QueryClient) => ({
  mutationKey: ['organizations', 'create'],
  mutationFn: (body: CreateOrganizationRequest) =>
    request<Organization>('/organizations', { method: 'POST', body }),
  onSuccess: (created: Organization) => {
    queryClient.setQueryData(organizationQueries.detail(created.name).queryKey, created)
    return refreshOrganizations(queryClient)
  },
})

export interface UpdateOrganizationVariables {
  /** The organization's current name or id. */
  organization: string
  changes: UpdateOrganizationRequest
}

export const updateOrganizationMutation = (queryClient: QueryClient) => ({
  mutationKey: ['organizations', 'update'],
  mutationFn: ({ organization, changes }: UpdateOrganizationVariables) =>
    request<Organization>(orgPath(organization), { method: 'PATCH', body: changes }),
  onSuccess: (updated: Organization) => {
    queryClient.setQueryData(organizationQueries.detail(updated.name).queryKey, updated)
    return refreshOrganizations(queryClient)
  },
})

export const deleteOrganizationMutation = (queryClient: QueryClient) => ({
  mutationKey: ['organizations', 'delete'],
  mutationFn: (organization: string) =>
    request<CoderResponse>(orgPath(organization), { method: 'DELETE' }),
  // Detail entries are dropped by the page after it navigates away; refetching them now would
  // only turn the page that is still on screen into a 404.
  onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationQueries.list().queryKey }),
})
