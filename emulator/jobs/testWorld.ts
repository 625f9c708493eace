// Test-only: a small, known world on top of whatever the identity seed created, with
// session tokens for each role. Safe to call repeatedly (reuses rows by name).
import { randomUUID } from 'node:crypto'
import { PrebuildsSystemUserID } from '../../src/api/types.ts'
import { createSession } from '../auth.ts'
import type { Emulator } from '../context.ts'
import { truncateAll } from '../db.ts'
import { findOrganization } from '../organizationRows.ts'
import { applySeed } from '../seed/index.ts'

export interface TestWorld {
  defaultOrgId: string
  otherOrgId: string
  users: Record<'owner' | 'member' | 'templateAdmin' | 'outsider', { id: string; token: string }>
  prebuildsId: string
}

async function ensureOrg(emu: Emulator, name: string, isDefault: boolean): Promise<string> {
  const found = await findOrganization(emu, isDefault ? 'default' : name)
  if (found) return found.id
  const id = randomUUID()
  const now = emu.now()
  await emu.db.query(
    `INSERT INTO organizations (id, name, display_name, created_at, updated_at, is_default)
     VALUES ($1, $2, $2, $3, $3, $4)`,
    [id, name, now, isDefault],
  )
  return id
}

async function ensureUser(
  emu: Emulator,
  username: string,
  siteRoles: string[],
  fixedId?: string,
): Promise<string> {
  const found = await emu.db.query<{ id: string }>(
    'SELECT id FROM users WHERE lower(username) = $1 AND NOT deleted',
    [username],
  )
  if (found.rows[0]) return found.rows[0].id
  const id = fixedId ?? randomUUID()
  const now = emu.now()
  await emu.db.query(
    `INSERT INTO users (id, email, username, created_at, updated_at, last_seen_at, rbac_roles,
       is_system, login_type)
     VALUES ($1, $2, $3, $4, $4, $4, $5, $6, $7)`,
    [
      id,
      `${username}@test.local`,
      username,
      now,
      siteRoles,
      !!fixedId,
      fixedId ? 'none' : 'password',
    ],
  )
  return id
}

async function join(emu: Emulator, orgId: string, userId: string, roles: string[] = []) {
  const now = emu.now()
  await emu.db.query(
    `INSERT INTO organization_members (user_id, organization_id, created_at, updated_at, roles)
     VALUES ($1, $2, $3, $3, $4)
     ON CONFLICT (organization_id, user_id) DO UPDATE SET roles = EXCLUDED.roles`,
    [userId, orgId, now, roles],
  )
}

export async function buildTestWorld(emu: Emulator): Promise<TestWorld> {
  const defaultOrgId = await ensureOrg(emu, 'coder', true)
  const otherOrgId = await ensureOrg(emu, 'testorg', false)
  const prebuildsId = await ensureUser(emu, 'prebuilds', [], PrebuildsSystemUserID)
  const ids = {
    owner: await ensureUser(emu, 'admin', ['owner']),
    member: await ensureUser(emu, 'member', []),
    templateAdmin: await ensureUser(emu, 'tadmin', []),
    outsider: await ensureUser(emu, 'outsider', []),
  }
  await join(emu, defaultOrgId, prebuildsId)
  await join(emu, defaultOrgId, ids.owner)
  await join(emu, defaultOrgId, ids.member)
  await join(emu, defaultOrgId, ids.templateAdmin, ['organization-template-admin'])
  await join(emu, otherOrgId, ids.outsider)
  const users = {} as TestWorld['users']
  for (const [role, id] of Object.entries(ids) as [keyof typeof ids, string][]) {
    users[role] = { id, token: (await createSession(emu, id)).token }
  }
  return { defaultOrgId, otherOrgId, users, prebuildsId }
}

/** Wipes the database back to the empty seed and builds the world on it (a per-test reset). */
export async function resetTestWorld(emu: Emulator): Promise<TestWorld> {
  await truncateAll(emu.db)
  await applySeed(emu, 'empty')
  return buildTestWorld(emu)
}
