import type {
  CreateOrganizationRequest,
  Organization,
  UpdateOrganizationRequest,
} from '../../api/types'
import type { OrganizationFormValues } from './OrganizationForm'

// Empty optional fields are left out, so Coder applies its own defaults (display name = name).
export function toCreateRequest(values: OrganizationFormValues): CreateOrganizationRequest {
  const request: CreateOrganizationRequest = { name: values.name }
  if (values.display_name) request.display_name = values.display_name
  if (values.description) request.description = values.description
  if (values.icon.trim()) request.icon = values.icon.trim()
  return request
}

// Only changed fields are sent. Description and icon are cleared with "", as Coder's PATCH
// allows; an emptied display name falls back to the name because Coder ignores "" there.
export function toUpdateRequest(
  before: Organization,
  values: OrganizationFormValues,
): UpdateOrganizationRequest {
  const changes: UpdateOrganizationRequest = {}
  if (values.name !== before.name) changes.name = values.name
  const displayName = values.display_name || values.name
  if (displayName !== before.display_name) changes.display_name = displayName
  if (values.description !== before.description) changes.description = values.description
  const icon = values.icon.trim()
  if (icon !== before.icon) changes.icon = icon
  return changes
}

export const matchesFilter = (org: Organization, filter: string) => {
  const needle = filter.trim().toLowerCase()
  if (!needle) return true
  return [org.name, org.display_name, org.description].some((v) => v.toLowerCase().includes(needle))
}
