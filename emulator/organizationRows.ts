// Organization lookups and validation shared by the organization routes and other
// /organizations/{organization}/… handlers (jobs, daemons, members).
import type { Organization, ValidationError } from '../src/api/types.ts'
import type { Emulator } from './context.ts'
import { HttpError, isUuid } from './http.ts'

export interface OrganizationRow {
  id: string
  name: string
  display_name: string
  description: string
  icon: string
  created_at: Date
  updated_at: Date
  is_default: boolean
}

const NIL_UUID = '00000000-0000-0000-0000-000000000000'

export const toOrganization = (row: OrganizationRow): Organization => ({
  id: row.id,
  name: row.name,
  display_name: row.display_name,
  description: row.description,
  icon: row.icon,
  created_at: row.created_at.toISOString(),
  updated_at: row.updated_at.toISOString(),
  is_default: row.is_default,
})

/** The {organization} path parameter: a UUID, a name (any case), `default`, or the nil UUID. */
export async function findOrganization(
  emu: Emulator,
  param: string,
): Promise<OrganizationRow | undefined> {
  let where = 'lower(name) = lower($1)'
  if (param === 'default' || param === NIL_UUID) where = 'is_default AND $1::text IS NOT NULL'
  else if (isUuid(param)) where = 'id = $1::uuid'
  const { rows } = await emu.db.query<OrganizationRow>(
    `SELECT * FROM organizations WHERE ${where} AND deleted = false`,
    [param],
  )
  return rows[0]
}

export async function findOrganizationByName(
  emu: Emulator,
  name: string,
): Promise<OrganizationRow | undefined> {
  const { rows } = await emu.db.query<OrganizationRow>(
    'SELECT * FROM organizations WHERE lower(name) = lower($1) AND deleted = false',
    [name],
  )
  return rows[0]
}

// codersdk.NameValid (tag organization_name) and the display-name rule (tag
// organization_display_name).
const NAME_RE = /^[a-zA-Z0-9]+(?:-[a-zA-Z0-9]+)*$/
const DISPLAY_NAME_RE = /^[^\s](.*[^\s])?$/s

const isValidOrganizationName = (name: string) =>
  name.length >= 1 &&
  name.length <= 32 &&
  NAME_RE.test(name) &&
  !['new', 'create'].includes(name.toLowerCase())

const isValidDisplayName = (value: string) => value.length <= 64 && DISPLAY_NAME_RE.test(value)

const tagError = (field: string, tag: string, value: string): ValidationError => ({
  field,
  detail: `Validation failed for tag "${tag}" with value: "${value}"`,
})

/** Validates name/display_name like Coder's struct tags; `nameRequired` on create. */
export function validateOrganizationFields(
  fields: { name?: string; display_name?: string },
  nameRequired: boolean,
): void {
  const problems: ValidationError[] = []
  const { name, display_name: displayName } = fields
  if (name === undefined || name === '') {
    if (nameRequired) problems.push(tagError('name', 'required', ''))
  } else if (!isValidOrganizationName(name)) {
    problems.push(tagError('name', 'organization_name', name))
  }
  if (displayName && !isValidDisplayName(displayName)) {
    problems.push(tagError('display_name', 'organization_display_name', displayName))
  }
  if (problems.length > 0) throw new HttpError(400, 'Validation failed.', undefined, problems)
}

/** `default` always means the default organization, so no organization may take the name. */
export function rejectReservedName(name: string | undefined): void {
  if (name?.toLowerCase() === 'default') {
    throw new HttpError(400, 'Organization name "default" is reserved.')
  }
}

// What Coder's protect_deleting_organizations trigger refuses to delete; undefined → deletable.
export async function deletionBlocker(emu: Emulator, orgId: string): Promise<string | undefined> {
  const { rows } = await emu.db.query<{
    workspaces: number
    templates: number
    keys: number
    members: number
  }>(
    `SELECT
       (SELECT count(*) FROM workspaces WHERE organization_id = $1 AND deleted = false)::int
         AS workspaces,
       (SELECT count(*) FROM templates WHERE organization_id = $1 AND deleted = false)::int
         AS templates,
       (SELECT count(DISTINCT key_id) FROM provisioner_daemons WHERE organization_id = $1
          AND key_name NOT IN ('built-in', 'psk', 'user-auth'))::int AS keys,
       (SELECT count(*) FROM organization_members WHERE organization_id = $1)::int AS members`,
    [orgId],
  )
  const c = rows[0] as NonNullable<(typeof rows)[0]>
  const prefix = 'cannot delete organization: organization has'
  if (c.workspaces + c.templates + c.keys > 0) {
    return `${prefix} ${c.workspaces} workspaces, ${c.templates} templates, and ${c.keys} provisioner keys that must be deleted first`
  }
  // One member may stay: whoever deletes the organization cannot remove themselves.
  if (c.members > 1) return `${prefix} ${c.members - 1} members that must be deleted first`
  return undefined
}
