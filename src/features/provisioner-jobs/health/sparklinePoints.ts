import { formatDuration, formatNumber } from '../../../lib/format'
import type { PendingSample } from './pendingHistory'

/**
 * Points for an SVG polyline, scaled between the samples' min and max (not zero) with some
 * padding, so a change shows up and a steady count draws mid-box instead of hugging an edge.
 */
export function sparklinePoints(values: number[], width: number, height: number): string {
  if (values.length === 0) return ''
  const min = Math.min(...values)
  const max = Math.max(...values)
  const pad = Math.max(1, height * 0.15)
  const span = height - 2 * pad
  const step = values.length > 1 ? width / (values.length - 1) : 0
  return values
    .map((v, i) => {
      const x = values.length > 1 ? i * step : width
      const y = max === min ? height / 2 : pad + ((max - v) / (max - min)) * span
      return `${x.toFixed(1)},${y.toFixed(1)}`
    })
    .join(' ')
}

/** Says what the line shows: the latest count and how it moved across the samples. */
export function pendingTrendLabel(samples: PendingSample[]): string {
  const last = samples.at(-1)
  if (!last) return 'Pending jobs over time: no samples yet'
  const now = `Pending jobs: ${formatNumber(last.pending)} now`
  const first = samples[0]
  if (samples.length < 2) return now
  const window = `over the last ${formatDuration(last.at - first.at)}`
  const change = last.pending - first.pending
  if (change === 0) return `${now}, unchanged ${window}`
  const direction = change > 0 ? 'up' : 'down'
  return `${now}, ${direction} ${formatNumber(Math.abs(change))} from ${formatNumber(first.pending)} ${window}`
}
