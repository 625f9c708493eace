import { Group, Stack, Text, ThemeIcon } from '@mantine/core'
import type { ReactNode } from 'react'

export interface RecoveryStepProps {
  number: number
  title: string
  /** the step's live state, in a few words */
  state: ReactNode
  isDone?: boolean
  action?: ReactNode
  children?: ReactNode
}

export function RecoveryStep({
  number,
  title,
  state,
  isDone = false,
  action,
  children,
}: RecoveryStepProps) {
  return (
    <Group
      align="flex-start"
      wrap="nowrap"
      gap="sm"
      role="group"
      aria-label={`Step ${number}: ${title}`}
    >
      <ThemeIcon
        radius="xl"
        size="md"
        color={isDone ? 'teal' : 'gray'}
        variant={isDone ? 'filled' : 'light'}
      >
        <Text size="xs" fw={700} aria-hidden>
          {isDone ? '✓' : number}
        </Text>
      </ThemeIcon>
      <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
        <Group justify="space-between" gap="sm" wrap="nowrap" align="flex-start">
          <div>
            <Text size="sm" fw={600}>
              {title}
            </Text>
            <Text size="xs" c="dimmed" component="div">
              {state}
            </Text>
          </div>
          {action}
        </Group>
        {children}
      </Stack>
    </Group>
  )
}
