import type { Context } from 'hono'
import type { AuthorizationObject, AuthorizationRequest } from '../../src/api/types.ts'
import type { Api } from '../app.ts'
import { requireAuth, type AppEnv } from '../auth.ts'
import type { Emulator } from '../context.ts'
import { HttpError, isUuid, readJson } from '../http.ts'
import { can, type Action, type RbacObject } from '../rbac.ts'

const MAX_ID_FETCHES = 10

// Like Coder's authcheck, a resource_id stands for a stored object; only these types allow it.
const FETCH_BY_ID: Record<string, string> = {
  workspace: 'SELECT organization_id, owner_id FROM workspaces WHERE id = $1 AND deleted = false',
  template:
    'SELECT organization_id, NULL AS owner_id FROM templates WHERE id = $1 AND deleted = false',
  user: 'SELECT NULL AS organization_id, id AS owner_id FROM users WHERE id = $1 AND deleted = false',
  // The emulator stores no groups, so a group id is never found (the check answers false).
  group: 'SELECT NULL AS organization_id, NULL AS owner_id WHERE false AND $1::uuid IS NULL',
}

async function objectFor(
  emu: Emulator,
  c: Context<AppEnv>,
  key: string,
  object: AuthorizationObject,
): Promise<RbacObject | undefined> {
  if (!object.resource_type) {
    throw new HttpError(400, `Object's "resource_type" field must be defined for key "${key}".`)
  }
  // UNVERIFIED: Coder documents that any_org cannot be combined with organization_id but the
  // exact rejection is not confirmed; a 400 validation error is the most useful answer.
  if (object.any_org && object.organization_id) {
    throw new HttpError(400, 'Validation failed.', undefined, [
      {
        field: 'any_org',
        detail: `Check "${key}" cannot set both "any_org" and "organization_id".`,
      },
    ])
  }
  const ownerId = object.owner_id === 'me' ? c.var.user.id : object.owner_id
  const plain: RbacObject = {
    type: object.resource_type,
    organizationId: object.organization_id || undefined,
    ownerId: ownerId || undefined,
    anyOrg: object.any_org,
  }
  if (!object.resource_id) return plain
  if (!isUuid(object.resource_id)) {
    throw new HttpError(400, `Object "${object.resource_id}" id is not a valid uuid.`, undefined, [
      { field: 'resource_id', detail: `invalid UUID length: ${object.resource_id.length}` },
    ])
  }
  const sql = FETCH_BY_ID[object.resource_type]
  if (!sql) {
    const message = `Object type "${object.resource_type}" does not support "resource_id" field.`
    throw new HttpError(400, message, undefined, [{ field: 'resource_type', detail: message }])
  }
  const { rows } = await emu.db.query<{ organization_id: string | null; owner_id: string | null }>(
    sql,
    [object.resource_id],
  )
  const row = rows[0]
  if (!row) return undefined // a missing object answers false, as in Coder
  return {
    type: object.resource_type,
    organizationId: row.organization_id ?? undefined,
    ownerId: row.owner_id ?? undefined,
  }
}

export function registerAuthcheck(app: Api, emu: Emulator): void {
  app.post('/authcheck', requireAuth(emu), async (c) => {
    const body = await readJson<Partial<AuthorizationRequest> | null>(c)
    const checks = Object.entries(body?.checks ?? {})
    const idFetches = checks.filter(([, check]) => check.object?.resource_id).length
    if (idFetches > MAX_ID_FETCHES) {
      throw new HttpError(
        400,
        `Endpoint only supports using "resource_id" field ${MAX_ID_FETCHES} times, found ${idFetches} usages. Remove ${idFetches - MAX_ID_FETCHES} objects with this field set.`,
      )
    }
    const response: Record<string, boolean> = {}
    for (const [key, check] of checks) {
      const obj = await objectFor(emu, c, key, check.object ?? { resource_type: '' })
      response[key] = obj ? can(c.var.subject, check.action as Action, obj) : false
    }
    return c.json(response)
  })
}
