import { Skeleton, Stack } from '@mantine/core'

// Route-level loading placeholder: the shape of a header plus a table.
export function PendingState({ rows = 6 }: { rows?: number }) {
  return (
    <Stack gap="sm" aria-busy="true" aria-label="Loading">
      <Skeleton height={28} width="30%" />
      <Skeleton height={14} width="50%" mb="md" />
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={36} />
      ))}
    </Stack>
  )
}
