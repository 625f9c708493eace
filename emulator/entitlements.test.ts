import { Hono } from 'hono'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { BooleanFeatureNames, type Entitlements } from '../src/api/types.ts'
import type { AppEnv } from './auth.ts'
import { hasFeature, humanizeFeature, requireFeature } from './entitlements.ts'
import { generateLicense, type LicenseOptions } from './seed/license.ts'
import { api, createTestEmulator, signIn, type ApiCaller, type RunningEmulator } from './testing.ts'

const START = new Date('2026-06-01T12:00:00Z')
const DAY_MS = 86_400_000
let running: RunningEmulator
let clock = START
let owner: ApiCaller

beforeAll(async () => {
  running = await createTestEmulator({ now: () => clock })
  owner = api(running.app, await signIn(running.app))
}, 30_000)
afterAll(() => running.close())
beforeEach(async () => {
  clock = START
  await running.emu.db.exec('DELETE FROM licenses')
})

async function load(...licenses: LicenseOptions[]) {
  for (const options of licenses) {
    const res = await owner.post('/licenses', {
      license: generateLicense(options, undefined, clock),
    })
    expect(res.status).toBe(201)
  }
}

// Anonymous on purpose: Coder serves /entitlements without the auth middleware.
const entitlements = async () => {
  const res = await api(running.app).get('/entitlements')
  expect(res.status).toBe(200)
  return (await res.json()) as Entitlements
}

const activeHumans = async () => {
  const res = await owner.get('/users?q=status:active')
  return ((await res.json()) as { count: number }).count
}

describe('GET /entitlements', () => {
  it('is the seeded premium license after seeding', async () => {
    const fresh = await createTestEmulator()
    try {
      const body = (await (await api(fresh.app).get('/entitlements')).json()) as Entitlements
      expect(body.has_license).toBe(true)
      expect(body.features.multiple_organizations?.entitlement).toBe('entitled')
      expect(body.features.user_limit?.limit).toBe(100)
    } finally {
      await fresh.close()
    }
  })

  it('has nothing without a license', async () => {
    const body = await entitlements()
    expect(body.has_license).toBe(false)
    expect(body.warnings).toEqual([])
    for (const feature of Object.values(body.features)) {
      expect(feature).toEqual({ entitlement: 'not_entitled', enabled: false })
    }
    expect(await hasFeature(running.emu, 'workspace_prebuilds')).toBe(false)
  })

  it('grants every feature for premium and counts active non-system users', async () => {
    await load({ featureSet: 'premium', users: 50 })
    const body = await entitlements()
    expect(body.has_license).toBe(true)
    for (const name of BooleanFeatureNames) {
      expect(body.features[name]).toEqual({ entitlement: 'entitled', enabled: true })
    }
    expect(body.features.user_limit).toEqual({
      entitlement: 'entitled',
      enabled: true,
      limit: 50,
      actual: await activeHumans(),
    })
  })

  it('leaves multiple_organizations and custom_roles out of enterprise', async () => {
    await load({ featureSet: 'enterprise' })
    const { features } = await entitlements()
    expect(features.multiple_organizations?.entitlement).toBe('not_entitled')
    expect(features.custom_roles?.entitlement).toBe('not_entitled')
    expect(features.audit_log?.entitlement).toBe('entitled')
    expect(await hasFeature(running.emu, 'multiple_organizations')).toBe(false)
  })

  it('moves to grace_period after license_expires and drops everything after exp', async () => {
    await load({ days: 10, graceDays: 7 })
    clock = new Date(START.getTime() + 12 * DAY_MS)
    const grace = await entitlements()
    expect(grace.features.audit_log?.entitlement).toBe('grace_period')
    expect(grace.warnings.join(' ')).toMatch(/grace period/)
    clock = new Date(START.getTime() + 18 * DAY_MS)
    const over = await entitlements()
    expect(over.has_license).toBe(false)
    expect(over.features.audit_log?.entitlement).toBe('not_entitled')
  })

  it('warns 30 days ahead (7 for trials) unless a successor covers the gap', async () => {
    await load({ days: 20 })
    expect((await entitlements()).warnings).toEqual(['Your license expires in 20 days.'])
    await load({ startsInDays: 19, days: 365 })
    const covered = await entitlements()
    expect(covered.warnings).toEqual([])
    expect(covered.has_license).toBe(true)
  })

  it('uses the trial window', async () => {
    await load({ days: 20, trial: true })
    const trial = await entitlements()
    expect(trial.trial).toBe(true)
    expect(trial.warnings).toEqual([])
    clock = new Date(START.getTime() + 19 * DAY_MS)
    expect((await entitlements()).warnings).toEqual(['Your license expires in 1 day.'])
  })

  it('warns when active users exceed the limit', async () => {
    await load({ users: 1 })
    const actual = await activeHumans()
    expect(actual).toBeGreaterThan(1)
    expect((await entitlements()).warnings).toContain(
      `Your deployment has ${actual} active users but is only licensed for 1.`,
    )
  })

  it('takes the best of several licenses and ignores ones not started yet', async () => {
    await load({ featureSet: 'enterprise', users: 10 }, { featureSet: 'premium', users: 30 })
    await load({ featureSet: 'premium', users: 500, startsInDays: 5 })
    const { features } = await entitlements()
    expect(features.multiple_organizations?.entitlement).toBe('entitled')
    expect(features.user_limit?.limit).toBe(30)
  })

  it('reports licenses whose key is no longer trusted as errors', async () => {
    const other = await createTestEmulator({
      config: { licenseKeys: { spare: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' } },
    })
    try {
      await other.emu.db.query(
        "INSERT INTO licenses (uploaded_at, jwt, exp, uuid) VALUES (now(), 'a.b.c', now() + interval '1 day', gen_random_uuid())",
      )
      const body = (await (await api(other.app).get('/entitlements')).json()) as Entitlements
      expect(body.errors.some((e) => e.startsWith('Invalid license ('))).toBe(true)
    } finally {
      await other.close()
    }
  })
})

describe('requireFeature', () => {
  it("answers Coder's premium 403 when the feature is missing", async () => {
    const app = new Hono<AppEnv>()
    app.get('/gated', requireFeature(running.emu, 'multiple_organizations'), (c) => c.text('ok'))
    const denied = await app.request('/gated')
    expect(denied.status).toBe(403)
    expect(await denied.json()).toEqual({
      message: 'Multiple Organizations is a Premium feature. Contact sales!',
    })
    await load({ featureSet: 'premium' })
    expect((await app.request('/gated')).status).toBe(200)
    expect(humanizeFeature('workspace_prebuilds')).toBe('Workspace Prebuilds')
  })
})
