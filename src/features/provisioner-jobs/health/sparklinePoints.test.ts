import { describe, expect, it } from 'vitest'
import { pendingTrendLabel, sparklinePoints } from './sparklinePoints'

const ys = (points: string) => points.split(' ').map((p) => Number(p.split(',')[1]))

describe('sparklinePoints', () => {
  it('spreads samples across the width, scaled between min and max with padding', () => {
    const points = sparklinePoints([40, 45, 50], 100, 20).split(' ')
    expect(points).toEqual(['0.0,17.0', '50.0,10.0', '100.0,3.0'])
  })

  it('draws a steady count through the middle, not along an edge', () => {
    expect(ys(sparklinePoints([7, 7, 7], 100, 24))).toEqual([12, 12, 12])
    expect(ys(sparklinePoints([0, 0], 100, 24))).toEqual([12, 12])
  })

  it('keeps every point inside the box', () => {
    for (const y of ys(sparklinePoints([3, 900, 0, 12], 100, 24))) {
      expect(y).toBeGreaterThan(0)
      expect(y).toBeLessThan(24)
    }
  })

  it('draws nothing without samples', () => {
    expect(sparklinePoints([], 100, 20)).toBe('')
  })
})

describe('pendingTrendLabel', () => {
  const at = (minutes: number) => Date.UTC(2026, 0, 1, 10, minutes)

  it('gives the current value and the change over the window', () => {
    const samples = [
      { at: at(0), pending: 1200 },
      { at: at(2), pending: 1190 },
      { at: at(5), pending: 1234 },
    ]
    expect(pendingTrendLabel(samples)).toBe(
      'Pending jobs: 1,234 now, up 34 from 1,200 over the last 5m 0s',
    )
    expect(pendingTrendLabel(samples.slice(0, 2))).toBe(
      'Pending jobs: 1,190 now, down 10 from 1,200 over the last 2m 0s',
    )
  })

  it('says when the count held steady, and copes with too few samples', () => {
    expect(
      pendingTrendLabel([
        { at: at(0), pending: 4 },
        { at: at(1), pending: 4 },
      ]),
    ).toBe('Pending jobs: 4 now, unchanged over the last 1m 0s')
    expect(pendingTrendLabel([{ at: at(0), pending: 4 }])).toBe('Pending jobs: 4 now')
    expect(pendingTrendLabel([])).toBe('Pending jobs over time: no samples yet')
  })
})
