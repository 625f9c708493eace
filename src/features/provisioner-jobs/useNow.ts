import { useEffect, useState } from 'react'
import { formatDuration } from '../../lib/format'

/** The current time, refreshed every `intervalMs`, for "N seconds ago" labels. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs)
    return () => window.clearInterval(timer)
  }, [intervalMs])
  return now
}

export function updatedAgoText(updatedAt: number, nowMs: number): string {
  if (!updatedAt) return 'Not updated yet'
  const ms = Math.max(0, nowMs - updatedAt)
  return ms < 1500 ? 'Updated just now' : `Updated ${formatDuration(ms)} ago`
}
