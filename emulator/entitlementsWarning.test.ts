import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ENTITLEMENTS_WARNING_HEADER } from './entitlementsWarning.ts'
import { generateLicense } from './seed/license.ts'
import {
  api,
  createTestEmulator,
  MEMBER_EMAIL,
  signIn,
  type ApiCaller,
  type RunningEmulator,
} from './testing.ts'

const START = new Date('2026-06-01T12:00:00Z')
let running: RunningEmulator
let owner: ApiCaller
let member: ApiCaller

beforeAll(async () => {
  running = await createTestEmulator({ now: () => START })
  owner = api(running.app, await signIn(running.app))
  member = api(running.app, await signIn(running.app, MEMBER_EMAIL))
}, 30_000)
afterAll(() => running.close())

// Through the API, as an admin would: uploads and deletes are what refresh the warnings.
async function replaceLicenses(days: number) {
  const list = (await (await owner.get('/licenses')).json()) as { id: number }[]
  for (const { id } of list) expect((await owner.delete(`/licenses/${id}`)).status).toBe(200)
  const license = generateLicense({ days, users: 100, featureSet: 'premium' }, undefined, START)
  expect((await owner.post('/licenses', { license })).status).toBe(201)
}

const warningOf = async (caller: ApiCaller) => {
  const res = await caller.get('/users/me')
  expect(res.status).toBe(200)
  return res.headers.get(ENTITLEMENTS_WARNING_HEADER)
}

describe('X-Coder-Entitlements-Warning', () => {
  beforeEach(() => replaceLicenses(12))

  it('tells an owner that the license expires soon', async () => {
    expect(await warningOf(owner)).toBe('Your license expires in 12 days.')
    // On any API response, not just /entitlements.
    const orgs = await owner.get('/organizations')
    expect(orgs.headers.get(ENTITLEMENTS_WARNING_HEADER)).toBe('Your license expires in 12 days.')
  })

  it('is not sent to a member, who cannot read the deployment config', async () => {
    expect(await warningOf(member)).toBeNull()
  })

  it('is not sent to anonymous callers', async () => {
    const res = await api(running.app).get('/buildinfo')
    expect(res.status).toBe(200)
    expect(res.headers.get(ENTITLEMENTS_WARNING_HEADER)).toBeNull()
  })

  it('goes away as soon as a license without warnings replaces the expiring one', async () => {
    expect(await warningOf(owner)).not.toBeNull()
    await replaceLicenses(365)
    expect(await warningOf(owner)).toBeNull()
  })
})
