import { describe, expect, it } from 'vitest'
import { decodeLicense, MAX_LICENSE_BYTES, readLicenseFile } from './decodeLicense'
import { preflightWarnings } from './preflight'
import { fakeLicense, fakeLicenseClaims } from './testLicense'

const NOW = new Date('2026-06-01T12:00:00Z')
const DAY = 86_400
const t = Math.floor(NOW.getTime() / 1000)

describe('decodeLicense', () => {
  it('decodes a valid license, ignoring surrounding whitespace', () => {
    const claims = fakeLicenseClaims(NOW, { account_id: 'globex' })
    const result = decodeLicense(`\n  ${fakeLicense(claims)}  \n`)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.claims.account_id).toBe('globex')
    expect(result.header.kid).toBe('k1')
    expect(preflightWarnings(result.header, result.claims, { now: NOW })).toEqual([])
  })

  it('refuses empty and malformed text', () => {
    expect(decodeLicense('   ')).toEqual({ ok: false, error: 'The license is empty.' })
    for (const text of ['hello world', 'a.b', 'a.b.c', '{"license":"x"}']) {
      const result = decodeLicense(text)
      expect(result.ok, text).toBe(false)
      if (!result.ok) expect(result.error).toMatch(/not a Coder license/)
    }
  })

  it('flags expired, grace-period, future, wrong-deployment and trial licenses', () => {
    const warn = (overrides: object, deploymentId?: string) => {
      const decoded = decodeLicense(fakeLicense(fakeLicenseClaims(NOW, overrides)))
      if (!decoded.ok) throw new Error(decoded.error)
      return preflightWarnings(decoded.header, decoded.claims, { now: NOW, deploymentId })
    }
    const expired = warn({ license_expires: t - 10 * DAY, exp: t - 3 * DAY })
    expect(expired).toEqual([
      expect.objectContaining({
        level: 'error',
        text: expect.stringMatching(/Coder will refuse it/),
      }),
    ])
    expect(warn({ license_expires: t - DAY })[0]?.text).toMatch(/grace period/)
    expect(warn({ nbf: t + 5 * DAY })[0]?.text).toMatch(/starts on/)
    const locked = warn({ deployment_ids: ['other-deployment'] }, 'this-deployment')
    expect(locked[0]?.text).toMatch(
      /locked to other-deployment, not to this deployment \(this-deployment\)/,
    )
    expect(warn({ deployment_ids: ['this-deployment'] }, 'this-deployment')).toEqual([])
    expect(warn({ trial: true })).toEqual([{ level: 'warning', text: 'This is a trial license.' }])
  })
})

describe('readLicenseFile', () => {
  const file = (parts: BlobPart[], name = 'license.jwt') => new File(parts, name)

  it('reads a license file', async () => {
    const jwt = fakeLicense(fakeLicenseClaims(NOW))
    const result = await readLicenseFile(file([`${jwt}\n`]))
    expect(result).toMatchObject({ ok: true, jwt })
  })

  it('refuses empty, binary and oversized files with clear messages', async () => {
    expect(await readLicenseFile(file([]))).toEqual({ ok: false, error: '“license.jwt” is empty.' })
    expect(await readLicenseFile(file(['\n  \n']))).toEqual({
      ok: false,
      error: '“license.jwt” is empty.',
    })
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])
    const binary = await readLicenseFile(file([png], 'logo.png'))
    expect(binary).toEqual({
      ok: false,
      error: expect.stringMatching(/“logo.png” is a binary file/),
    })
    const huge = await readLicenseFile(file([new Uint8Array(MAX_LICENSE_BYTES + 1).fill(65)]))
    expect(huge).toEqual({ ok: false, error: expect.stringMatching(/at most 1 MiB/) })
    const notJwt = await readLicenseFile(file(['just some notes'], 'notes.txt'))
    expect(notJwt).toEqual({ ok: false, error: expect.stringMatching(/not a Coder license/) })
  })
})
