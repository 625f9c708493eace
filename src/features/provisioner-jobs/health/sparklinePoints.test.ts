import { describe, expect, it } from 'vitest'
import { sparklinePoints } from './sparklinePoints'

describe('sparklinePoints', () => {
  it('spreads samples across the width and puts the maximum at the top', () => {
    const points = sparklinePoints([0, 5, 10], 100, 22).split(' ')
    expect(points).toEqual(['0.0,21.0', '50.0,11.0', '100.0,1.0'])
  })

  it('draws nothing without samples', () => {
    expect(sparklinePoints([], 100, 20)).toBe('')
  })
})
