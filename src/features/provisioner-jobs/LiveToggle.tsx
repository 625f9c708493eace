import { Button, Group, Loader, Text, Tooltip } from '@mantine/core'
import { updatedAgoText } from './useNow'

export interface LiveToggleProps {
  isLive: boolean
  onLiveChange: (live: boolean) => void
  /** ms epoch of the last successful fetch; 0 = never */
  updatedAt: number
  nowMs: number
  isFetching: boolean
  /** polling is held while a bulk cancel runs, whatever the toggle says */
  isHeldByBulk?: boolean
}

export function LiveToggle(props: LiveToggleProps) {
  const { isLive, onLiveChange, updatedAt, nowMs, isFetching, isHeldByBulk } = props
  const state = isHeldByBulk ? 'Paused during bulk cancel' : isLive ? 'Live' : 'Paused'
  return (
    <Group gap="xs" wrap="nowrap">
      <Group gap={6} wrap="nowrap" aria-live="polite">
        {isFetching ? (
          <Loader size={12} aria-label="Refreshing" />
        ) : (
          <span
            aria-hidden
            style={{
              width: 8,
              height: 8,
              borderRadius: 4,
              background:
                isLive && !isHeldByBulk
                  ? 'var(--mantine-color-green-6)'
                  : 'var(--mantine-color-gray-5)',
            }}
          />
        )}
        <Text size="xs" c="dimmed" miw={150}>
          {state} · {updatedAgoText(updatedAt, nowMs)}
        </Text>
      </Group>
      <Tooltip
        label={
          isLive
            ? 'Stop refreshing every 5 seconds'
            : 'Refresh every 5 seconds while this tab is visible'
        }
      >
        <Button size="compact-xs" variant="default" onClick={() => onLiveChange(!isLive)}>
          {isLive ? 'Pause' : 'Resume'}
        </Button>
      </Tooltip>
    </Group>
  )
}
