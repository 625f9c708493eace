import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Organization } from '../../src/api/types.ts'
import { randomUuid } from '../ids.ts'
import { api, createTestEmulator, MEMBER_EMAIL, signIn, type RunningEmulator } from '../testing.ts'

let running: RunningEmulator
let owner: ReturnType<typeof api>
let member: ReturnType<typeof api>
let defaultOrg: Organization

const NOT_FOUND = { message: 'Resource not found or you do not have access to this resource' }
const FORBIDDEN = {
  message: 'Forbidden.',
  detail:
    "You don't have permission to view this content. If you believe this is a mistake, please contact your administrator or try signing in with different credentials.",
}

async function createOrg(name: string, extra: Record<string, unknown> = {}) {
  const res = await owner.post('/organizations', { name, ...extra })
  expect(res.status).toBe(201)
  return (await res.json()) as Organization
}

async function userId(username: string) {
  const { rows } = await running.emu.db.query<{ id: string }>(
    'SELECT id FROM users WHERE username = $1',
    [username],
  )
  return rows[0]?.id as string
}

beforeAll(async () => {
  running = await createTestEmulator()
  owner = api(running.app, await signIn(running.app))
  member = api(running.app, await signIn(running.app, MEMBER_EMAIL))
  defaultOrg = (await (await owner.get('/organizations/default')).json()) as Organization
}, 60_000)
afterAll(() => running.close())

describe('reading organizations', () => {
  it('seeds the default organization coder', () => {
    expect(defaultOrg).toMatchObject({ name: 'coder', display_name: 'Coder', is_default: true })
    expect(Object.keys(defaultOrg).sort()).toEqual(
      [
        'created_at',
        'description',
        'display_name',
        'icon',
        'id',
        'is_default',
        'name',
        'updated_at',
      ].sort(),
    )
  })

  it.each(['coder', 'CODER', 'default', '00000000-0000-0000-0000-000000000000'])(
    'resolves %s to the default organization',
    async (param) => {
      const res = await member.get(`/organizations/${param}`)
      expect(res.status).toBe(200)
      expect(((await res.json()) as Organization).id).toBe(defaultOrg.id)
    },
  )

  it('resolves by id and answers 404 for unknown ones', async () => {
    expect((await owner.get(`/organizations/${defaultOrg.id}`)).status).toBe(200)
    const missing = await owner.get(`/organizations/${randomUuid(running.emu)}`)
    expect(missing.status).toBe(404)
    expect(await missing.json()).toEqual(NOT_FOUND)
    expect((await owner.get('/organizations/no-such-org')).status).toBe(404)
  })

  it('hides organizations a member does not belong to (404 and filtered lists)', async () => {
    const secret = await createOrg('secret-team')
    expect((await member.get(`/organizations/${secret.name}`)).status).toBe(404)
    const memberList = (await (await member.get('/organizations')).json()) as Organization[]
    expect(memberList.map((o) => o.name)).toEqual(['coder'])
    const ownerList = (await (await owner.get('/organizations')).json()) as Organization[]
    // Creation order, as Postgres returns Coder's unordered query.
    expect(ownerList.map((o) => o.name).slice(0, 1)).toEqual(['coder'])
    expect(ownerList.map((o) => o.name)).toContain('secret-team')
  })

  it('lists the organizations of a user', async () => {
    const mine = (await (await member.get('/users/me/organizations')).json()) as Organization[]
    expect(mine.map((o) => o.name)).toEqual(['coder'])
    expect((await member.get('/users/admin/organizations')).status).toBe(404)
  })

  it('requires a session', async () => {
    expect((await api(running.app).get('/organizations')).status).toBe(401)
  })
})

describe('POST /organizations', () => {
  it('creates an organization (display name defaults to the name) with the creator as member', async () => {
    const org = await createOrg('platform', { description: 'Platform team', icon: '/icon/k8s.png' })
    expect(org).toMatchObject({
      name: 'platform',
      display_name: 'platform',
      description: 'Platform team',
      icon: '/icon/k8s.png',
      is_default: false,
    })
    const { rows } = await running.emu.db.query(
      'SELECT roles FROM organization_members WHERE organization_id = $1 AND user_id = $2',
      [org.id, await userId('admin')],
    )
    expect(rows).toEqual([{ roles: [] }])
  })

  it.each(['Bad Name', '-lead', 'trail-', 'a--b', 'x'.repeat(33), 'new', 'create'])(
    'rejects the name %j with the organization_name tag',
    async (name) => {
      const res = await owner.post('/organizations', { name })
      expect(res.status).toBe(400)
      expect(await res.json()).toEqual({
        message: 'Validation failed.',
        validations: [
          {
            field: 'name',
            detail: `Validation failed for tag "organization_name" with value: "${name}"`,
          },
        ],
      })
    },
  )

  it('requires a name and a trimmed display name', async () => {
    const res = await owner.post('/organizations', { display_name: ' padded ' })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { validations: unknown }).validations).toEqual([
      { field: 'name', detail: 'Validation failed for tag "required" with value: ""' },
      {
        field: 'display_name',
        detail: 'Validation failed for tag "organization_display_name" with value: " padded "',
      },
    ])
  })

  it('reserves the name default', async () => {
    const res = await owner.post('/organizations', { name: 'Default' })
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({ message: 'Organization name "default" is reserved.' })
  })

  it('answers 409 for a duplicate name in any case', async () => {
    await createOrg('dupe')
    const res = await owner.post('/organizations', { name: 'DUPE' })
    expect(res.status).toBe(409)
    expect(await res.json()).toEqual({ message: 'Organization already exists with that name.' })
  })

  it('is for owners only', async () => {
    const res = await member.post('/organizations', { name: 'mine' })
    expect(res.status).toBe(403)
    expect(await res.json()).toEqual(FORBIDDEN)
  })
})

describe('PATCH /organizations/{organization}', () => {
  it('updates fields; empty description and icon clear them, empty names keep them', async () => {
    const org = await createOrg('patchme', { description: 'old', icon: '/old.png' })
    const res = await owner.patch(`/organizations/${org.id}`, {
      name: 'patched',
      display_name: '',
      description: '',
      icon: '',
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({
      id: org.id,
      name: 'patched',
      display_name: 'patchme',
      description: '',
      icon: '',
    })
  })

  it('answers 409 with a validation on name for a taken name', async () => {
    await createOrg('taken')
    const org = await createOrg('renamer')
    const res = await owner.patch(`/organizations/${org.name}`, { name: 'Taken' })
    expect(res.status).toBe(409)
    expect(await res.json()).toEqual({
      message: 'Organization already exists with the name "Taken".',
      validations: [
        { field: 'name', detail: 'This value is already in use and should be unique.' },
      ],
    })
  })

  it('rejects reserved and invalid names', async () => {
    const reserved = await owner.patch('/organizations/coder', { name: 'default' })
    expect(reserved.status).toBe(400)
    const invalid = await owner.patch('/organizations/coder', { name: 'no spaces' })
    expect(invalid.status).toBe(400)
  })

  it('lets an organization admin update, answers 403 to members and 404 to outsiders', async () => {
    const org = await createOrg('admins-here')
    const memberId = await userId('member')
    expect((await member.patch(`/organizations/${org.id}`, { display_name: 'X' })).status).toBe(404)
    await running.emu.db.query(
      `INSERT INTO organization_members (user_id, organization_id, created_at, updated_at, roles)
       VALUES ($1, $2, now(), now(), '{}')`,
      [memberId, org.id],
    )
    const denied = await member.patch(`/organizations/${org.id}`, { display_name: 'X' })
    expect(denied.status).toBe(403)
    expect(await denied.json()).toEqual(FORBIDDEN)
    await running.emu.db.query(
      "UPDATE organization_members SET roles = '{organization-admin}' WHERE organization_id = $1",
      [org.id],
    )
    const allowed = await member.patch(`/organizations/${org.id}`, { display_name: 'Admins' })
    expect(allowed.status).toBe(200)
    expect(((await allowed.json()) as Organization).display_name).toBe('Admins')
    // Deleting stays with site owners.
    expect((await member.delete(`/organizations/${org.id}`)).status).toBe(403)
  })
})

describe('DELETE /organizations/{organization}', () => {
  it('deletes an empty organization', async () => {
    const org = await createOrg('short-lived')
    const res = await owner.delete(`/organizations/${org.name}`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ message: 'Organization has been deleted.' })
    expect((await owner.get(`/organizations/${org.id}`)).status).toBe(404)
    // The name is free again.
    await createOrg('short-lived')
  })

  it('refuses the default organization', async () => {
    const res = await owner.delete('/organizations/default')
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({ message: 'Default organization cannot be deleted.' })
  })

  it('answers 500 with the remaining resources listed', async () => {
    const org = await createOrg('busy')
    const adminId = await userId('admin')
    const templateId = randomUuid(running.emu)
    await running.emu.db.query(
      `INSERT INTO templates (id, organization_id, name, created_by, created_at, updated_at)
       VALUES ($1, $2, 'tpl', $3, now(), now())`,
      [templateId, org.id, adminId],
    )
    const res = await owner.delete(`/organizations/${org.id}`)
    expect(res.status).toBe(500)
    expect(await res.json()).toEqual({
      message: 'Error deleting organization.',
      detail:
        'cannot delete organization: organization has 0 workspaces, 1 templates, and 0 provisioner keys that must be deleted first',
    })
  })

  it('counts members other than one', async () => {
    const org = await createOrg('crowded')
    await running.emu.db.query(
      `INSERT INTO organization_members (user_id, organization_id, created_at, updated_at)
       VALUES ($1, $2, now(), now())`,
      [await userId('member'), org.id],
    )
    const res = await owner.delete(`/organizations/${org.id}`)
    expect(res.status).toBe(500)
    expect(((await res.json()) as { detail: string }).detail).toBe(
      'cannot delete organization: organization has 1 members that must be deleted first',
    )
  })

  it('answers 404 to members who cannot see the organization', async () => {
    const org = await createOrg('invisible')
    expect((await member.delete(`/organizations/${org.id}`)).status).toBe(404)
  })
})

describe('premium gate', () => {
  it('answers 403 for mutations without the multiple_organizations feature', async () => {
    await running.emu.db.query('DELETE FROM licenses')
    const res = await owner.post('/organizations', { name: 'unlicensed' })
    expect(res.status).toBe(403)
    expect(await res.json()).toEqual({
      message: 'Multiple Organizations is a Premium feature. Contact sales!',
    })
    expect((await owner.get('/organizations/default')).status).toBe(200)
  })
})
