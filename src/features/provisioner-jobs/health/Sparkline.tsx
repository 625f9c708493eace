import { useComputedColorScheme } from '@mantine/core'
import type { PendingSample } from './pendingHistory'
import { sparklinePoints } from './sparklinePoints'

export interface SparklineProps {
  samples: PendingSample[]
  width?: number
  height?: number
  label: string
}

export function Sparkline({ samples, width = 160, height = 36, label }: SparklineProps) {
  const scheme = useComputedColorScheme('light')
  const stroke =
    scheme === 'dark' ? 'var(--mantine-color-yellow-4)' : 'var(--mantine-color-yellow-7)'
  const values = samples.map((s) => s.pending)
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="none"
      height={height}
      role="img"
      aria-label={label}
      style={{ display: 'block', width: '100%' }}
    >
      <line
        x1={0}
        x2={width}
        y1={height - 0.5}
        y2={height - 0.5}
        stroke="var(--mantine-color-default-border)"
      />
      {values.length > 0 && (
        <polyline
          points={sparklinePoints(values, width, height)}
          fill="none"
          stroke={stroke}
          strokeWidth={1.5}
          vectorEffect="non-scaling-stroke"
          strokeLinejoin="round"
        />
      )}
    </svg>
  )
}
