import type { Context } from 'hono'
import type { Api } from '../app.ts'
import { requireAuth, type AppEnv } from '../auth.ts'
import type { Emulator } from '../context.ts'
import { requireFeature } from '../entitlements.ts'
import { forbidden, HttpError, notFound, readJson } from '../http.ts'
import { randomUuid } from '../ids.ts'
import {
  deletionBlocker,
  findOrganization,
  findOrganizationByName,
  rejectReservedName,
  toOrganization,
  validateOrganizationFields,
  type OrganizationRow,
} from '../organizationRows.ts'
import { can } from '../rbac.ts'
import { findUser } from './users.ts'

type Body = Record<string, unknown>

// Go's decoder refuses a non-string where a string field is declared.
function stringField(body: Body, field: string): string | undefined {
  const value = body[field]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') {
    throw new HttpError(
      400,
      'Request body must be valid JSON.',
      `json: cannot unmarshal ${typeof value} into Go struct field .${field} of type string`,
    )
  }
  return value
}

async function readBody(c: Context<AppEnv>): Promise<Body> {
  const body = await readJson<unknown>(c)
  return typeof body === 'object' && body !== null ? (body as Body) : {}
}

/** Resolves {organization}; organizations the caller cannot read look missing (404). */
async function readableOrganization(
  c: Context<AppEnv>,
  emu: Emulator,
): Promise<OrganizationRow | undefined> {
  const org = await findOrganization(emu, c.req.param('organization') ?? '')
  if (!org) return undefined
  const readable = can(c.var.subject, 'read', { type: 'organization', organizationId: org.id })
  return readable ? org : undefined
}

// Coder's GetOrganizations has no ORDER BY; Postgres hands rows back in insertion order.
async function listReadable(c: Context<AppEnv>, emu: Emulator, memberOf?: string) {
  const { rows } = await emu.db.query<OrganizationRow>(
    `SELECT o.* FROM organizations o WHERE o.deleted = false
       AND ($1::uuid IS NULL OR EXISTS (SELECT 1 FROM organization_members m
         WHERE m.organization_id = o.id AND m.user_id = $1::uuid))
     ORDER BY o.created_at ASC`,
    [memberOf ?? null],
  )
  const subject = c.var.subject
  return rows
    .filter((o) => can(subject, 'read', { type: 'organization', organizationId: o.id }))
    .map(toOrganization)
}

async function createOrganization(c: Context<AppEnv>, emu: Emulator) {
  if (!can(c.var.subject, 'create', { type: 'organization' })) return forbidden(c)
  const body = await readBody(c)
  const name = stringField(body, 'name')
  const displayName = stringField(body, 'display_name')
  validateOrganizationFields({ name, display_name: displayName }, true)
  rejectReservedName(name)
  if (await findOrganizationByName(emu, name as string)) {
    throw new HttpError(409, 'Organization already exists with that name.')
  }
  const now = emu.now()
  const id = randomUuid(emu)
  const { rows } = await emu.db.query<OrganizationRow>(
    `INSERT INTO organizations (id, name, display_name, description, icon, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING *`,
    [
      id,
      name,
      displayName || name,
      stringField(body, 'description') ?? '',
      stringField(body, 'icon') ?? '',
      now,
    ],
  )
  // The creator joins with no organization roles, as in Coder.
  await emu.db.query(
    `INSERT INTO organization_members (user_id, organization_id, created_at, updated_at, roles)
     VALUES ($1, $2, $3, $3, '{}')`,
    [c.var.user.id, id, now],
  )
  return c.json(toOrganization(rows[0] as OrganizationRow), 201)
}

async function updateOrganization(c: Context<AppEnv>, emu: Emulator) {
  const org = await readableOrganization(c, emu)
  if (!org) return notFound(c)
  if (!can(c.var.subject, 'update', { type: 'organization', organizationId: org.id })) {
    return forbidden(c)
  }
  const body = await readBody(c)
  const name = stringField(body, 'name')
  const displayName = stringField(body, 'display_name')
  validateOrganizationFields({ name, display_name: displayName }, false)
  rejectReservedName(name)
  const clash = name ? await findOrganizationByName(emu, name) : undefined
  if (clash && clash.id !== org.id) {
    throw new HttpError(409, `Organization already exists with the name "${name}".`, undefined, [
      { field: 'name', detail: 'This value is already in use and should be unique.' },
    ])
  }
  // Empty name/display_name keep the old value; description and icon are pointers ("" clears).
  const { rows } = await emu.db.query<OrganizationRow>(
    `UPDATE organizations SET name = $2, display_name = $3, description = $4, icon = $5,
       updated_at = $6 WHERE id = $1 RETURNING *`,
    [
      org.id,
      name || org.name,
      displayName || org.display_name,
      stringField(body, 'description') ?? org.description,
      stringField(body, 'icon') ?? org.icon,
      emu.now(),
    ],
  )
  return c.json(toOrganization(rows[0] as OrganizationRow))
}

async function deleteOrganization(c: Context<AppEnv>, emu: Emulator) {
  const org = await readableOrganization(c, emu)
  if (!org) return notFound(c)
  if (!can(c.var.subject, 'delete', { type: 'organization', organizationId: org.id })) {
    return forbidden(c)
  }
  if (org.is_default) throw new HttpError(400, 'Default organization cannot be deleted.')
  const blocker = await deletionBlocker(emu, org.id)
  // Coder's database trigger raises, so the API really answers 500 here.
  if (blocker) throw new HttpError(500, 'Error deleting organization.', blocker)
  await emu.db.query('UPDATE organizations SET deleted = true, updated_at = $2 WHERE id = $1', [
    org.id,
    emu.now(),
  ])
  return c.json({ message: 'Organization has been deleted.' })
}

export function registerOrganizations(app: Api, emu: Emulator): void {
  const premium = requireFeature(emu, 'multiple_organizations')
  app.get('/organizations', requireAuth(emu), async (c) => c.json(await listReadable(c, emu)))
  app.get('/organizations/:organization', requireAuth(emu), async (c) => {
    const org = await readableOrganization(c, emu)
    return org ? c.json(toOrganization(org)) : notFound(c)
  })
  app.post('/organizations', requireAuth(emu), premium, (c) => createOrganization(c, emu))
  app.patch('/organizations/:organization', requireAuth(emu), premium, (c) =>
    updateOrganization(c, emu),
  )
  app.delete('/organizations/:organization', requireAuth(emu), premium, (c) =>
    deleteOrganization(c, emu),
  )
  app.get('/users/:user/organizations', requireAuth(emu), async (c) => {
    const user = await findUser(emu, c.var.user, c.req.param('user'))
    if (!user || !can(c.var.subject, 'read', { type: 'user', ownerId: user.id })) {
      return notFound(c)
    }
    return c.json(await listReadable(c, emu, user.id))
  })
}
