import { Alert, Button, Group, Stack, Text } from '@mantine/core'

interface ErrorLike {
  message?: unknown
  detail?: unknown
  status?: unknown
}

// Duck-typed so components stay API-agnostic: any error with message/detail/status renders fully.
function describe(error: unknown) {
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined)
  return {
    message: text(e.message) ?? (typeof error === 'string' ? error : 'Something went wrong'),
    detail: text(e.detail),
    status: typeof e.status === 'number' ? e.status : undefined,
  }
}

export interface ErrorStateProps {
  error: unknown
  onRetry?: () => void
  title?: string
  isRetrying?: boolean
}

// Shows the server's own words (message + detail) so an admin can act on them.
export function ErrorState({ error, onRetry, title, isRetrying = false }: ErrorStateProps) {
  const { message, detail, status } = describe(error)
  return (
    <Alert color="red" variant="light" title={title ?? message} role="alert">
      <Stack gap="xs">
        {title && <Text size="sm">{message}</Text>}
        {detail && (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            {detail}
          </Text>
        )}
        {(onRetry || status) && (
          <Group justify="space-between" gap="xs">
            {status ? (
              <Text size="xs" c="dimmed">
                HTTP {status}
              </Text>
            ) : (
              <span />
            )}
            {onRetry && (
              <Button size="xs" variant="light" color="red" onClick={onRetry} loading={isRetrying}>
                Retry
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Alert>
  )
}
