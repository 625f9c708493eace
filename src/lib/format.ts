import type { Dayjs } from 'dayjs'
import { dayjs } from './dayjs'

// ISO strings stay in data; formatting happens only here. `now` is injectable for tests.
export const formatRelative = (value: string | number | Date, now: Dayjs | Date = dayjs()) =>
  dayjs(value).from(dayjs(now))

export const formatDateTime = (iso: string | number | Date) =>
  dayjs(iso).format('YYYY-MM-DD HH:mm:ss')

// In the viewer's own time zone, with the zone named: "expires Jan 27" read as end of day has
// caused outages (coder/coder#21715).
const zonedFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
})

export const formatZonedDateTime = (value: string | number | Date) =>
  zonedFormat.format(new Date(value))

export const formatUnixZonedDateTime = (seconds: number) => formatZonedDateTime(seconds * 1000)

export const formatNumber = (n: number) => new Intl.NumberFormat('en-US').format(n)

export const formatDuration = (ms: number): string => {
  const s = Math.max(0, Math.round(ms / 1000))
  if (s < 60) return `${s}s`
  const m = Math.floor(s / 60)
  if (m < 60) return `${m}m ${s % 60}s`
  const h = Math.floor(m / 60)
  return `${h}h ${m % 60}m`
}

// Fits narrow table cells ("45s ago", "12m ago", "3h ago", "5d ago"); the exact time goes in a tooltip.
export function formatRelativeShort(iso: string, now: Dayjs = dayjs()): string {
  const seconds = Math.max(0, now.diff(dayjs(iso), 'second'))
  if (seconds < 5) return 'just now'
  if (seconds < 60) return `${seconds}s ago`
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m ago`
  if (seconds < 86400) return `${Math.floor(seconds / 3600)}h ago`
  return `${Math.floor(seconds / 86400)}d ago`
}
