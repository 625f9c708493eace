import { randomUUID } from 'node:crypto'
import { hashPassword } from '../auth.ts'
import type { Emulator } from '../context.ts'
import type { Tags } from '../jobs/tags.ts'
import type { TemplateSpec } from '../jobs/templates.ts'

export interface DemoTemplate extends TemplateSpec {
  tags?: Tags
}

const HOUR = 3_600_000
export const DEMO_PASSWORD = 'SomeSecurePassword!'

export async function userId(emu: Emulator, username: string): Promise<string> {
  const { rows } = await emu.db.query<{ id: string }>(
    'SELECT id FROM users WHERE username = $1 AND NOT deleted',
    [username],
  )
  if (!rows[0]) throw new Error(`demo seed: the identity seed has no user "${username}"`)
  return rows[0].id
}

export async function addOrganization(
  emu: Emulator,
  name: string,
  displayName: string,
  icon: string,
) {
  const id = randomUUID()
  const created = new Date(emu.now().getTime() - 24 * HOUR)
  await emu.db.query(
    `INSERT INTO organizations (id, name, display_name, description, icon, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6)`,
    [id, name, displayName, `Demo organization for ${displayName}.`, icon, created],
  )
  return id
}

/** A password user with organization memberships [orgId, orgRoles][]. */
export async function addUser(
  emu: Emulator,
  username: string,
  name: string,
  memberships: [string, string[]][],
) {
  const id = randomUUID()
  const now = emu.now()
  await emu.db.query(
    `INSERT INTO users (id, email, username, name, hashed_password, created_at, updated_at,
       last_seen_at, login_type)
     VALUES ($1, $2, $3, $4, $5, $6, $6, $6, 'password')`,
    [id, `${username}@coder.com`, username, name, hashPassword(DEMO_PASSWORD), now],
  )
  for (const [orgId, roles] of memberships) {
    await emu.db.query(
      `INSERT INTO organization_members (user_id, organization_id, created_at, updated_at, roles)
       VALUES ($1, $2, $3, $3, $4)`,
      [id, orgId, now, roles],
    )
  }
  return id
}

export async function addPreset(emu: Emulator, versionId: string, name: string, desired: number) {
  const id = randomUUID()
  await emu.db.query(
    `INSERT INTO template_version_presets (id, template_version_id, name, desired_instances, created_at)
     VALUES ($1, $2, $3, $4, $5)`,
    [id, versionId, name, desired, emu.now()],
  )
  return id
}

/** A daemon; `offlineHours` makes one the simulation never heartbeats. */
export async function addDaemon(
  emu: Emulator,
  orgId: string,
  name: string,
  tags: Tags,
  order: number,
  options: { offlineHours?: number } = {},
) {
  const id = randomUUID()
  const now = emu.now().getTime()
  const lastSeen = new Date(now - (options.offlineHours ?? 0) * HOUR)
  await emu.db.query(
    `INSERT INTO provisioner_daemons (id, organization_id, name, tags, key_id, version, api_version,
       created_at, last_seen_at, simulated)
     VALUES ($1, $2, $3, $4::jsonb, $5, 'v2.28.0', '1.6', $6, $7, $8)`,
    [
      id,
      orgId,
      name,
      JSON.stringify(tags),
      '00000000-0000-0000-0000-000000000001',
      new Date(now - 12 * HOUR + order * 60_000),
      lastSeen,
      !options.offlineHours,
    ],
  )
  return id
}
