import { notifications } from '@mantine/notifications'

// A one-slot mailbox between the route's validateSearch (which sees the raw, garbled URL
// before the router rewrites it) and the page (which announces what was dropped, once).
// It lives in its own module because the route file is code-split into separate chunks.
let dropped: string[] = []

export function noteDroppedSearch(problems: string[]) {
  if (problems.length > 0) dropped = problems
}

/** Shows the notice if something was dropped since the last call; true when it did. */
export function announceDroppedSearch(): boolean {
  const problems = dropped
  dropped = []
  if (problems.length === 0) return false
  notifications.show({
    id: 'jobs-url-garbled',
    color: 'yellow',
    title: 'Part of the link was not understood',
    message: `Ignored ${problems.join(', ')}. Showing the rest.`,
  })
  return true
}
