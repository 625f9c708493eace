import { describe, expect, it } from 'vitest'
import type { License } from '../../api/types'
import { allExpiringWithin, licenseStatus, sortLicenses } from './licenseStatus'
import { fakeLicenseClaims } from './testLicense'

const NOW = new Date('2026-06-01T12:00:00Z')
const t = Math.floor(NOW.getTime() / 1000)
const DAY = 86_400

const license = (id: number, startDays: number, endDays: number, graceDays = 7): License => ({
  id,
  uuid: `u${id}`,
  uploaded_at: NOW.toISOString(),
  claims: fakeLicenseClaims(NOW, {
    nbf: t + startDays * DAY,
    license_expires: t + endDays * DAY,
    exp: t + (endDays + graceDays) * DAY,
  }),
})

describe('licenseStatus', () => {
  it('tells active, grace period, expired and not yet valid apart', () => {
    expect(licenseStatus(license(1, -10, 10).claims, NOW)).toBe('active')
    expect(licenseStatus(license(2, -10, -1).claims, NOW)).toBe('grace_period')
    expect(licenseStatus(license(3, -30, -10).claims, NOW)).toBe('expired')
    expect(licenseStatus(license(4, 5, 300).claims, NOW)).toBe('not_yet_valid')
  })
})

describe('sortLicenses', () => {
  it('puts the license in force first, then grace, upcoming and expired', () => {
    const sorted = sortLicenses(
      [
        license(1, -30, -10),
        license(2, 50, 400),
        license(3, -10, -1),
        license(4, -10, 20),
        license(5, -5, 60),
        license(6, 10, 400),
      ],
      NOW,
    )
    expect(sorted.map((l) => l.id)).toEqual([5, 4, 3, 6, 2, 1])
  })
})

describe('allExpiringWithin', () => {
  it('warns when every license ends within 30 days', () => {
    expect(allExpiringWithin([license(1, -10, 12), license(2, -10, 20)], NOW)).toBe(20)
    expect(allExpiringWithin([license(1, -10, 45)], NOW)).toBeUndefined()
  })

  it('stays quiet when a later license is already loaded (coder/coder#19498)', () => {
    expect(allExpiringWithin([license(1, -10, 12), license(2, 11, 400)], NOW)).toBeUndefined()
  })

  it('ignores expired licenses and says nothing without any', () => {
    expect(allExpiringWithin([license(1, -30, -10)], NOW)).toBeUndefined()
    expect(allExpiringWithin([], NOW)).toBeUndefined()
  })
})
