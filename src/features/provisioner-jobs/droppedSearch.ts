// A one-slot mailbox between the route's validateSearch (which sees the raw, garbled URL
// before the router rewrites it) and the page (which announces what was dropped, once).
// It lives in its own module because the route file is code-split into separate chunks.
let dropped: string[] = []

export function noteDroppedSearch(problems: string[]) {
  if (problems.length > 0) dropped = problems
}

export function takeDroppedSearch(): string[] {
  const taken = dropped
  dropped = []
  return taken
}
