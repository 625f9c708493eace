import { Group, Loader, Text } from '@mantine/core'

// A quiet sign that data on screen is being refreshed; the data itself stays put.
export function RefreshingIndicator({ active }: { active: boolean }) {
  if (!active) return null
  return (
    <Group gap={6} role="status" aria-live="polite">
      <Loader size={12} />
      <Text size="xs" c="dimmed">
        Refreshing…
      </Text>
    </Group>
  )
}
