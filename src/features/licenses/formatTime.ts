import { dayjs } from '../../lib/dayjs'

// License times are Unix seconds. They are shown in the viewer's own time zone, with the zone
// named, because "expires Jan 27" read as end of day has caused outages (coder/coder#21715).
const instantFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
})

export const formatInstant = (seconds: number) => instantFormat.format(new Date(seconds * 1000))

export const formatFromNow = (seconds: number, now: Date) => dayjs(seconds * 1000).from(dayjs(now))

export const formatIsoInstant = (iso: string) => instantFormat.format(new Date(iso))
