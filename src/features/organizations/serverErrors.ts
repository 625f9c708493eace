import { fieldErrors, isApiError } from '../../api/errors'

export type OrganizationField = 'name' | 'display_name' | 'description' | 'icon'
const FIELDS: OrganizationField[] = ['name', 'display_name', 'description', 'icon']

// Splits Coder's answer into per-field messages and whatever is left for a form-level alert.
// 409 (duplicate) and the reserved-name 400 carry no validations but are about the name.
export function splitServerError(error: unknown): {
  fields: Partial<Record<OrganizationField, string>>
  rest: unknown
} {
  const validations = fieldErrors(error)
  const fields: Partial<Record<OrganizationField, string>> = {}
  for (const field of FIELDS) if (validations[field]) fields[field] = validations[field]
  if (isApiError(error) && !fields.name) {
    const aboutName = error.status === 409 || /reserved/i.test(error.message)
    if (aboutName) fields.name = error.message
  }
  if (isApiError(error) && error.status === 409 && fields.name !== error.message) {
    fields.name = `${error.message} ${fields.name ?? ''}`.trim()
  }
  const handled = Object.keys(fields).length > 0
  return { fields, rest: handled ? undefined : error }
}
