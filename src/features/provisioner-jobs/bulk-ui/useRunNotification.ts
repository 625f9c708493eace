import { notifications } from '@mantine/notifications'
import { useEffect, useRef } from 'react'
import { needsAttention, runSummary } from './runSummary'
import type { BulkCancelState } from './types'

/** Exactly one summary notification when a run ends (the notification system is external). */
export function useRunNotification(state: BulkCancelState) {
  const previous = useRef(state.phase)
  useEffect(() => {
    const was = previous.current
    previous.current = state.phase
    if (was !== 'running' || (state.phase !== 'done' && state.phase !== 'aborted')) return
    const { title, detail } = runSummary(state)
    notifications.show({
      color: needsAttention(state) ? 'yellow' : 'green',
      title,
      message: state.message ? `${detail} ${state.message}` : detail,
      autoClose: 8000,
    })
  }, [state])
}
