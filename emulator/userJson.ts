// codersdk.User as Coder serialises it (coder-api.md §6.3). The newest-only fields
// (is_service_account, has_ai_seat) are left out: the emulator plays a v2.2x server.
import type { SlimRole, User } from '../src/api/types.ts'
import type { UserRow } from './auth.ts'
import type { Emulator } from './context.ts'

const SITE_ROLE_NAMES: Record<string, string> = {
  owner: 'Owner',
  member: 'Member',
  auditor: 'Auditor',
  'template-admin': 'Template Admin',
  'user-admin': 'User Admin',
}

// Site roles only; SlimRole.organization_id is omitempty, so site roles carry none.
const siteRole = (name: string): SlimRole => ({
  name,
  display_name: SITE_ROLE_NAMES[name] ?? name,
})

export function toUser(row: UserRow, organizationIds: string[]): User {
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    email: row.email,
    avatar_url: row.avatar_url,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
    last_seen_at: row.last_seen_at.toISOString(),
    status: row.status,
    login_type: row.login_type as User['login_type'],
    organization_ids: organizationIds,
    roles: row.rbac_roles.map(siteRole),
    theme_preference: '',
  }
}

/** Serialises rows with their organization ids (one query for the whole page). */
export async function toUsers(emu: Emulator, rows: UserRow[]): Promise<User[]> {
  if (rows.length === 0) return []
  const { rows: memberships } = await emu.db.query<{ user_id: string; org_ids: string[] }>(
    `SELECT user_id, array_agg(organization_id::text ORDER BY created_at) AS org_ids
       FROM organization_members WHERE user_id = ANY($1::uuid[]) GROUP BY user_id`,
    [rows.map((r) => r.id)],
  )
  const byUser = new Map(memberships.map((m) => [m.user_id, m.org_ids]))
  return rows.map((row) => toUser(row, byUser.get(row.id) ?? []))
}
