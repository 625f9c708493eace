import { Button } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { refreshEntitlementsMutation } from '../../api/licenses'
import { errorDetail, errorMessage, isApiError, retryAfterSeconds } from '../../api/errors'
import { WithReason } from '../../components/WithReason'

// Counts down Coder's "recently refreshed" Retry-After so the button says when it works again.
function useCountdown() {
  const [left, setLeft] = useState(0)
  const running = left > 0
  useEffect(() => {
    if (!running) return
    const timer = window.setInterval(() => setLeft((n) => Math.max(0, n - 1)), 1000)
    return () => window.clearInterval(timer)
  }, [running])
  return { left, start: (seconds: number) => setLeft(Math.ceil(seconds)) }
}

export function RefreshEntitlementsButton({ deniedReason }: { deniedReason?: string }) {
  const queryClient = useQueryClient()
  const { left, start } = useCountdown()
  const refresh = useMutation(refreshEntitlementsMutation(queryClient))
  const onSuccess = (result: { message?: string } | undefined) =>
    notifications.show({ color: 'green', message: result?.message ?? 'Entitlements updated' })
  const onError = (error: unknown) => {
    const wait = retryAfterSeconds(error)
    if (isApiError(error) && error.status === 400 && wait !== undefined) {
      start(wait)
      notifications.show({
        color: 'yellow',
        title: 'Refreshed moments ago',
        message: `${error.message}.`,
      })
      return
    }
    notifications.show({
      color: 'red',
      title: errorMessage(error),
      message: errorDetail(error) ?? 'Entitlements were not refreshed.',
    })
  }
  const reason =
    deniedReason ?? (left > 0 ? `Refreshed moments ago; try again in ${left} s.` : undefined)
  return (
    <WithReason reason={reason}>
      <Button
        variant="default"
        onClick={() => refresh.mutate(undefined, { onSuccess, onError })}
        loading={refresh.isPending}
        disabled={Boolean(reason)}
      >
        {left > 0 ? `Refresh in ${left} s` : 'Refresh entitlements'}
      </Button>
    </WithReason>
  )
}
