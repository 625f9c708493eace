import { hashPassword } from '../auth.ts'
import type { Emulator } from '../context.ts'
import { randomUuid } from '../ids.ts'

/** codersdk.PrebuildsSystemUserID: a fixed id created by a Coder migration. */
export const PREBUILDS_USER_ID = 'c42fdf75-3097-471c-8c33-fb52454d81c0'
export const MEMBER_EMAIL = 'member@coder.com'

interface SeedUser {
  id: string
  email: string
  username: string
  name: string
  hasPassword: boolean
  loginType: 'password' | 'none'
  siteRoles: string[]
  isSystem: boolean
}

async function insertUser(
  emu: Emulator,
  u: SeedUser,
  orgId: string,
  hashed: string,
): Promise<void> {
  const now = emu.now()
  await emu.db.query(
    `INSERT INTO users (id, email, username, name, hashed_password, created_at, updated_at,
       last_seen_at, login_type, rbac_roles, is_system)
     VALUES ($1, $2, $3, $4, $5, $6, $6, $6, $7, $8, $9)`,
    [
      u.id,
      u.email,
      u.username,
      u.name,
      u.hasPassword ? hashed : '',
      now,
      u.loginType,
      u.siteRoles,
      u.isSystem,
    ],
  )
  await emu.db.query(
    `INSERT INTO organization_members (user_id, organization_id, created_at, updated_at, roles)
     VALUES ($1, $2, $3, $3, '{}')`,
    [u.id, orgId, now],
  )
}

/** The default organization `coder`, an owner, a member, and the prebuilds system user. */
export async function seedIdentity(emu: Emulator): Promise<void> {
  const now = emu.now()
  const orgId = randomUuid(emu)
  await emu.db.query(
    `INSERT INTO site_configs (key, value) VALUES ('deployment_id', $1)
     ON CONFLICT (key) DO NOTHING`,
    [randomUuid(emu)],
  )
  await emu.db.query(
    `INSERT INTO organizations (id, name, display_name, description, icon, created_at,
       updated_at, is_default)
     VALUES ($1, 'coder', 'Coder', 'Builtin default organization.', '', $2, $2, true)`,
    [orgId, now],
  )
  const { adminEmail, adminPassword } = emu.config
  const users: SeedUser[] = [
    {
      id: randomUuid(emu),
      email: adminEmail,
      username: 'admin',
      name: 'Admin',
      hasPassword: true,
      loginType: 'password',
      siteRoles: ['owner'],
      isSystem: false,
    },
    {
      id: randomUuid(emu),
      email: MEMBER_EMAIL,
      username: 'member',
      name: 'Member',
      hasPassword: true,
      loginType: 'password',
      siteRoles: [],
      isSystem: false,
    },
    {
      id: PREBUILDS_USER_ID,
      email: 'prebuilds@system',
      username: 'prebuilds',
      name: 'Prebuilds Owner',
      hasPassword: false,
      loginType: 'none',
      siteRoles: [],
      isSystem: true,
    },
  ]
  // Both people share the configured password; one scrypt run keeps test seeding quick.
  const hashed = hashPassword(adminPassword)
  for (const user of users) await insertUser(emu, user, orgId, hashed)
}
