import type { Dayjs } from 'dayjs'
import { dayjs } from './dayjs'

// ISO strings stay in data; formatting happens only here. `now` is injectable for tests.
export const formatRelative = (iso: string, now: Dayjs = dayjs()) => dayjs(iso).from(now)

export const formatDateTime = (iso: string | number | Date) =>
  dayjs(iso).format('YYYY-MM-DD HH:mm:ss')

export const formatUnixDateTime = (seconds: number) => formatDateTime(seconds * 1000)

export const formatNumber = (n: number) => new Intl.NumberFormat('en-US').format(n)

export const formatDuration = (ms: number): string => {
  const s = Math.max(0, Math.round(ms / 1000))
  if (s < 60) return `${s}s`
  const m = Math.floor(s / 60)
  if (m < 60) return `${m}m ${s % 60}s`
  const h = Math.floor(m / 60)
  return `${h}h ${m % 60}m`
}
