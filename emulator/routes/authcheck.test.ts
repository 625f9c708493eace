import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuthorizationRequest } from '../../src/api/types.ts'
import { api, createTestEmulator, MEMBER_EMAIL, signIn, type RunningEmulator } from '../testing.ts'

let running: RunningEmulator
let ownerToken: string
let memberToken: string
let orgId: string
let memberId: string

beforeAll(async () => {
  running = await createTestEmulator()
  ownerToken = await signIn(running.app)
  memberToken = await signIn(running.app, MEMBER_EMAIL)
  const org = await running.emu.db.query<{ id: string }>(
    'SELECT id FROM organizations WHERE is_default',
  )
  orgId = org.rows[0]?.id as string
  const user = await running.emu.db.query<{ id: string }>(
    "SELECT id FROM users WHERE username = 'member'",
  )
  memberId = user.rows[0]?.id as string
}, 60_000)
afterAll(() => running.close())

const check = (token: string, checks: AuthorizationRequest['checks']) =>
  api(running.app, token).post('/authcheck', { checks })

const checks = (): AuthorizationRequest['checks'] => ({
  createOrganization: { object: { resource_type: 'organization' }, action: 'create' },
  readOrg: { object: { resource_type: 'organization', organization_id: orgId }, action: 'read' },
  updateOrg: {
    object: { resource_type: 'organization', organization_id: orgId },
    action: 'update',
  },
  readJobs: {
    object: { resource_type: 'provisioner_jobs', organization_id: orgId },
    action: 'read',
  },
  readLicenses: { object: { resource_type: 'license' }, action: 'read' },
  readSelf: { object: { resource_type: 'user', owner_id: 'me' }, action: 'read' },
  readSelfById: { object: { resource_type: 'user', resource_id: memberId }, action: 'read' },
  anyOrgJobs: { object: { resource_type: 'provisioner_jobs', any_org: true }, action: 'read' },
})

describe('POST /authcheck', () => {
  it('grants an owner everything', async () => {
    const res = await check(ownerToken, checks())
    expect(res.status).toBe(200)
    const body = (await res.json()) as Record<string, boolean>
    expect(Object.values(body).every(Boolean)).toBe(true)
    expect(Object.keys(body).sort()).toEqual(Object.keys(checks()).sort())
  })

  it('answers per check for a member', async () => {
    const res = await check(memberToken, checks())
    expect(await res.json()).toEqual({
      createOrganization: false,
      readOrg: true,
      updateOrg: false,
      readJobs: false,
      readLicenses: false,
      readSelf: true,
      readSelfById: true,
      anyOrgJobs: false,
    })
  })

  it('follows organization roles', async () => {
    await running.emu.db.query(
      "UPDATE organization_members SET roles = '{organization-template-admin}' WHERE user_id = $1",
      [memberId],
    )
    try {
      const body = (await (await check(memberToken, checks())).json()) as Record<string, boolean>
      expect(body.readJobs).toBe(true)
      expect(body.anyOrgJobs).toBe(true)
      expect(body.updateOrg).toBe(false)
    } finally {
      await running.emu.db.query(
        "UPDATE organization_members SET roles = '{}' WHERE user_id = $1",
        [memberId],
      )
    }
  })

  it('answers false for a resource_id that does not exist', async () => {
    const res = await check(memberToken, {
      ghost: {
        object: { resource_type: 'workspace', resource_id: '11111111-1111-4111-8111-111111111111' },
        action: 'read',
      },
    })
    expect(await res.json()).toEqual({ ghost: false })
  })

  it('rejects any_org together with organization_id', async () => {
    const res = await check(ownerToken, {
      both: {
        object: { resource_type: 'template', any_org: true, organization_id: orgId },
        action: 'read',
      },
    })
    expect(res.status).toBe(400)
    const body = (await res.json()) as { message: string; validations: { field: string }[] }
    expect(body.message).toBe('Validation failed.')
    expect(body.validations.map((v) => v.field)).toEqual(['any_org'])
  })

  it.each([
    [
      'a missing resource_type',
      { k: { object: { resource_type: '' }, action: 'read' } },
      `Object's "resource_type" field must be defined for key "k".`,
    ],
    [
      'a bad resource_id',
      { k: { object: { resource_type: 'user', resource_id: 'x' }, action: 'read' } },
      'Object "x" id is not a valid uuid.',
    ],
    [
      'a resource_id on an unsupported type',
      {
        k: {
          object: { resource_type: 'license', resource_id: '11111111-1111-4111-8111-111111111111' },
          action: 'read',
        },
      },
      'Object type "license" does not support "resource_id" field.',
    ],
  ])('answers 400 for %s', async (_case, body, message) => {
    const res = await check(ownerToken, body as AuthorizationRequest['checks'])
    expect(res.status).toBe(400)
    expect(((await res.json()) as { message: string }).message).toBe(message)
  })

  it('requires a session', async () => {
    const res = await api(running.app).post('/authcheck', { checks: {} })
    expect(res.status).toBe(401)
  })
})
