import { ActionIcon, Tooltip, useComputedColorScheme, useMantineColorScheme } from '@mantine/core'

// The choice persists through Mantine's localStorage color scheme manager (see main.tsx).
export function ColorSchemeToggle() {
  const { setColorScheme } = useMantineColorScheme()
  const computed = useComputedColorScheme('light', { getInitialValueInEffect: false })
  const next = computed === 'dark' ? 'light' : 'dark'
  const label = `Switch to ${next} mode`
  return (
    <Tooltip label={label} withArrow>
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={label}
        onClick={() => setColorScheme(next)}
      >
        <span aria-hidden style={{ fontSize: 16, lineHeight: 1 }}>
          {computed === 'dark' ? '☀' : '☾'}
        </span>
      </ActionIcon>
    </Tooltip>
  )
}
