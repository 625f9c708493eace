import { useEffect, useSyncExternalStore } from 'react'

export interface PendingSample {
  at: number
  pending: number
}

// Kept in memory per organization for the life of the tab, so the sparkline survives
// navigating away and back. Only the last few minutes of polling matter.
const WINDOW_MS = 10 * 60_000
const MAX_SAMPLES = 240
const history = new Map<string, PendingSample[]>()
const listeners = new Set<() => void>()
const EMPTY: PendingSample[] = []

export function recordPendingSample(organization: string, sample: PendingSample) {
  const previous = history.get(organization) ?? EMPTY
  if (previous.at(-1)?.at === sample.at) return
  const next = [...previous, sample].filter((s) => s.at >= sample.at - WINDOW_MS)
  history.set(organization, next.slice(-MAX_SAMPLES))
  listeners.forEach((listener) => listener())
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Pending-count samples for the org; appends one each time fresh data arrives (`at` changes). */
export function usePendingHistory(organization: string, pending?: number, at?: number) {
  useEffect(() => {
    if (pending !== undefined && at) recordPendingSample(organization, { at, pending })
  }, [organization, pending, at])
  return useSyncExternalStore(subscribe, () => history.get(organization) ?? EMPTY)
}
