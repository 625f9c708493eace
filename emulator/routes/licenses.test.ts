import { generateKeyPairSync } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { License } from '../../src/api/types.ts'
import { rawPublicKey, SIGNING_KEY_FILE, signingKey, signJwt } from '../licenseKeys.ts'
import { generateLicense, licenseClaims, type LicenseOptions } from '../seed/license.ts'
import {
  api,
  createTestEmulator,
  MEMBER_EMAIL,
  signIn,
  type ApiCaller,
  type RunningEmulator,
} from '../testing.ts'
import { REFRESH_WINDOW_SECONDS } from './licenses.ts'

const otherKey = generateKeyPairSync('ed25519')
const OTHER_KID = 'test-partner-key'

let running: RunningEmulator
let clock = new Date('2026-06-01T12:00:00Z')
let owner: ApiCaller
let member: ApiCaller

beforeAll(async () => {
  running = await createTestEmulator({
    now: () => clock,
    config: { licenseKeys: { [OTHER_KID]: rawPublicKey(otherKey.publicKey) } },
  })
  owner = api(running.app, await signIn(running.app))
  member = api(running.app, await signIn(running.app, MEMBER_EMAIL))
}, 30_000)
afterAll(() => running.close())
beforeEach(async () => {
  clock = new Date('2026-06-01T12:00:00Z')
  await running.emu.db.exec(
    'DELETE FROM licenses; DELETE FROM site_configs WHERE key LIKE $$entitlements%$$',
  )
})

const make = (options: LicenseOptions = {}) => generateLicense(options, undefined, clock)
const upload = (license: string, caller = owner) => caller.post('/licenses', { license })

async function expectInvalid(license: string, detail: string | RegExp) {
  const res = await upload(license)
  expect(res.status).toBe(400)
  const body = (await res.json()) as { message: string; detail: string }
  expect(body.message).toBe('Invalid license')
  expect(body.detail).toMatch(detail)
}

describe('POST /licenses', () => {
  it('stores a valid license and answers 201 with raw claims', async () => {
    const jwt = make({ days: 30, users: 25 })
    const res = await upload(jwt)
    expect(res.status).toBe(201)
    const license = (await res.json()) as License
    const claims = licenseClaims({ days: 30 }, clock)
    expect(license.claims.license_expires).toBe(claims.license_expires)
    expect(license.claims.features).toEqual({ user_limit: 25 })
    expect(license.uuid).toBe(license.claims.jti)
    expect(license.uploaded_at).toBe(clock.toISOString())
    const list = (await (await owner.get('/licenses')).json()) as License[]
    expect(list.map((l) => l.id)).toEqual([license.id])
  })

  it('is owner-only and validates the body', async () => {
    expect((await upload(make(), member)).status).toBe(403)
    const anonymous = await api(running.app).post('/licenses', { license: make() })
    expect(anonymous.status).toBe(401)
    const empty = await owner.post('/licenses', {})
    expect(empty.status).toBe(400)
    expect(((await empty.json()) as { message: string }).message).toBe('Validation failed.')
    const badJson = await running.app.request('/api/v2/licenses', {
      method: 'POST',
      headers: { 'Coder-Session-Token': await signIn(running.app) },
      body: '{nope',
    })
    expect(badJson.status).toBe(400)
    expect(((await badJson.json()) as { message: string }).message).toBe(
      'Request body must be valid JSON.',
    )
  })

  it('rejects malformed tokens, bad signatures, algorithms and keys', async () => {
    await expectInvalid('not-a-jwt', /invalid number of segments/)
    const [h, p, s] = make().split('.') as [string, string, string]
    const tampered = Buffer.from(JSON.stringify({ ...licenseClaims({ users: 9999 }, clock) }))
    await expectInvalid(
      `${h}.${tampered.toString('base64url')}.${s}`,
      'ed25519: verification error',
    )
    const header = (fields: object) => Buffer.from(JSON.stringify(fields)).toString('base64url')
    await expectInvalid(
      `${header({ alg: 'HS256', kid: 'x' })}.${p}.${s}`,
      'signing method HS256 is invalid',
    )
    await expectInvalid(`${header({ alg: 'EdDSA' })}.${p}.${s}`, 'JOSE header must contain kid')
    const stranger = generateKeyPairSync('ed25519').privateKey
    await expectInvalid(
      signJwt({ kid: 'who-knows', privateKey: stranger }, licenseClaims({}, clock)),
      'no key with ID who-knows',
    )
  })

  it('rejects expired licenses and bad claims with Coder texts', async () => {
    await expectInvalid(make({ expired: true }), /^token is expired by \d+h\d+m\d+s$/)
    await expectInvalid(make({ claims: { version: 2 } }), 'license must be version 3')
    await expectInvalid(
      make({ claims: { account_id: '' } }),
      'license must contain valid account ID',
    )
    await expectInvalid(
      make({ claims: { iat: undefined } }),
      'license has invalid or missing iat claim',
    )
    await expectInvalid(
      make({ days: 6 * 365 }),
      'license has invalid or missing license_expires claim',
    )
    await expectInvalid(
      make({ claims: { account_type: '', exp: 'soon' } }),
      'license has multiple issues; contact support',
    )
  })

  it('accepts a license that starts later (nbf ignored) and keys from EMULATOR_LICENSE_KEYS', async () => {
    expect((await upload(make({ startsInDays: 20 }))).status).toBe(201)
    const partner = signJwt(
      { kid: OTHER_KID, privateKey: otherKey.privateKey },
      licenseClaims({}, clock),
    )
    expect((await upload(partner)).status).toBe(201)
  })

  it('enforces the deployment lock with the deployment id in the detail', async () => {
    const buildinfo = (await (await owner.get('/buildinfo')).json()) as { deployment_id?: string }
    const { rows } = await running.emu.db.query<{ value: string }>(
      "SELECT value FROM site_configs WHERE key = 'deployment_id'",
    )
    const deploymentId = rows[0]!.value
    if (buildinfo.deployment_id) expect(buildinfo.deployment_id).toBe(deploymentId)
    const res = await upload(make({ deploymentIds: ['elsewhere'] }))
    expect(res.status).toBe(400)
    const body = (await res.json()) as { message: string; detail: string }
    expect(body.message).toBe('License cannot be used on this deployment!')
    expect(body.detail).toContain('["elsewhere"]')
    expect(body.detail).toContain(`"${deploymentId}"`)
    expect((await upload(make({ deploymentIds: ['elsewhere', deploymentId] }))).status).toBe(201)
  })

  it('refuses the same license twice like the unique constraint does', async () => {
    const jwt = make()
    expect((await upload(jwt)).status).toBe(201)
    const again = await upload(jwt)
    expect(again.status).toBe(500)
    expect(((await again.json()) as { message: string }).message).toBe(
      'Unable to add license to database',
    )
  })
})

describe('GET /licenses', () => {
  it('shows licenses to owners only', async () => {
    await upload(make())
    expect(((await (await owner.get('/licenses')).json()) as unknown[]).length).toBe(1)
    const asMember = await member.get('/licenses')
    expect(asMember.status).toBe(200)
    expect(await asMember.json()).toEqual([])
    expect((await api(running.app).get('/licenses')).status).toBe(401)
  })
})

describe('DELETE /licenses/{id}', () => {
  it('answers Coder errors for bad and unknown ids', async () => {
    const notInt = await owner.delete('/licenses/abc')
    expect(notInt.status).toBe(404)
    expect(await notInt.json()).toEqual({ message: 'License ID must be an integer' })
    const unknown = await owner.delete('/licenses/4242')
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toEqual({ message: 'Unknown license ID' })
  })

  it('deletes for owners with an empty 200, forbids members', async () => {
    const { id } = (await (await upload(make())).json()) as License
    expect((await member.delete(`/licenses/${id}`)).status).toBe(403)
    const res = await owner.delete(`/licenses/${id}`)
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('')
    expect(await (await owner.get('/licenses')).json()).toEqual([])
  })
})

describe('POST /licenses/refresh-entitlements', () => {
  it('refreshes, then asks to wait with Retry-After until the window passes', async () => {
    expect((await member.post('/licenses/refresh-entitlements')).status).toBe(403)
    const first = await owner.post('/licenses/refresh-entitlements')
    expect(first.status).toBe(200)
    expect(await first.json()).toEqual({ message: 'Entitlements updated' })
    const refreshedAt = (
      (await (await owner.get('/entitlements')).json()) as { refreshed_at: string }
    ).refreshed_at
    expect(refreshedAt).toBe(clock.toISOString())

    clock = new Date(clock.getTime() + 15_000)
    const wait = REFRESH_WINDOW_SECONDS - 15
    const second = await owner.post('/licenses/refresh-entitlements')
    expect(second.status).toBe(400)
    expect(second.headers.get('Retry-After')).toBe(String(wait))
    expect(((await second.json()) as { message: string }).message).toBe(
      `Entitlements already recently refreshed, please wait ${wait} seconds to force a new refresh`,
    )

    clock = new Date(clock.getTime() + wait * 1000)
    expect((await owner.post('/licenses/refresh-entitlements')).status).toBe(200)
  })
})

describe('signing key', () => {
  it('keeps one key per data dir with a stable kid', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const dir = mkdtempSync(join(tmpdir(), 'lic-key-'))
    const first = signingKey(dir)
    expect(signingKey(dir).kid).toBe(first.kid)
    expect(signingKey(undefined).kid).not.toBe(first.kid)
    expect(first.kid).toMatch(/^emulator-[0-9a-f]{12}$/)
    const stored = JSON.parse(readFileSync(join(dir, SIGNING_KEY_FILE), 'utf8')) as { kid: string }
    expect(stored.kid).toBe(first.kid)
  })
})
