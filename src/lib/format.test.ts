import { describe, expect, it } from 'vitest'
import { dayjs } from './dayjs'
import { formatDuration, formatRelativeShort } from './format'

describe('formatRelativeShort', () => {
  const now = dayjs('2026-12-03T12:00:00Z')
  it.each([
    ['2026-12-03T11:59:58Z', 'just now'],
    ['2026-12-03T11:59:15Z', '45s ago'],
    ['2026-12-03T11:48:00Z', '12m ago'],
    ['2026-12-03T09:00:00Z', '3h ago'],
    ['2026-11-28T12:00:00Z', '5d ago'],
    // Clock skew between browser and server must not print "in 3s".
    ['2026-12-03T12:00:03Z', 'just now'],
  ])('%s → %s', (iso, expected) => {
    expect(formatRelativeShort(iso, now)).toBe(expected)
  })
})

describe('formatDuration', () => {
  it('scales the unit', () => {
    expect(formatDuration(42_000)).toBe('42s')
    expect(formatDuration(125_000)).toBe('2m 5s')
    expect(formatDuration(2 * 3600_000 + 60_000)).toBe('2h 1m')
  })
})
