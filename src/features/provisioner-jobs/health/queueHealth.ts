import type { ProvisionerDaemon, ProvisionerJob, ProvisionerJobStatus } from '../../../api/types'
import { PrebuildsSystemUserID, ProvisionerJobStatuses } from '../../../api/types'

export interface TemplateCount {
  name: string
  count: number
}

export interface QueueHealthSummary {
  total: number
  byStatus: Record<ProvisionerJobStatus, number>
  pending: number
  pendingPrebuilds: number
  pendingPeople: number
  pendingByTemplate: TemplateCount[]
  /** created_at of the oldest pending job; undefined when nothing waits. */
  oldestPendingAt?: string
  daemonsOnline: number
  daemonsTotal: number
  /** Pending jobs that no online provisioner can take (tags not covered, or none listed). */
  unservable: number
  /** Pending jobs no provisioner can take, queued ahead of ones that can (Coder issue #16488). */
  stuckAhead: number
}

/** A daemon covers a job when every job tag is present on the daemon with the same value. */
export function tagsCover(daemonTags: Record<string, string>, jobTags: Record<string, string>) {
  return Object.entries(jobTags).every(([key, value]) => daemonTags[key] === value)
}

export function canBeTaken(job: ProvisionerJob, onlineDaemons: ProvisionerDaemon[]): boolean {
  const listed = new Set(job.available_workers ?? [])
  return onlineDaemons.some((d) => listed.has(d.id) || tagsCover(d.tags, job.tags))
}

/**
 * Pending jobs with no available worker still hold a queue_position, so every takeable job
 * behind them reports a longer wait than it has. Counts those stuck jobs ahead of the last
 * takeable one.
 */
export function countStuckAhead(jobs: ProvisionerJob[]): number {
  const pending = jobs.filter((j) => j.status === 'pending' && j.queue_position > 0)
  const isStuck = (j: ProvisionerJob) => (j.available_workers ?? []).length === 0
  let lastTakeable = 0
  for (const job of pending) {
    if (!isStuck(job)) lastTakeable = Math.max(lastTakeable, job.queue_position)
  }
  return pending.filter((j) => isStuck(j) && j.queue_position < lastTakeable).length
}

const emptyStatusCounts = () =>
  Object.fromEntries(ProvisionerJobStatuses.map((s) => [s, 0])) as Record<
    ProvisionerJobStatus,
    number
  >

export const templateLabel = (job: ProvisionerJob) =>
  job.metadata.template_display_name || job.metadata.template_name || 'Unknown template'

function countTemplates(jobs: ProvisionerJob[]): TemplateCount[] {
  const counts = new Map<string, number>()
  for (const job of jobs) counts.set(templateLabel(job), (counts.get(templateLabel(job)) ?? 0) + 1)
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
}

/**
 * Numbers for the health strip. `jobs` are the rows in view (for status counts);
 * `pendingJobs` is the org's pending queue (for everything about waiting jobs).
 */
export function summarizeQueue(
  jobs: ProvisionerJob[],
  pendingJobs: ProvisionerJob[],
  daemons: ProvisionerDaemon[],
): QueueHealthSummary {
  const byStatus = emptyStatusCounts()
  for (const job of jobs) byStatus[job.status] += 1
  const pending = pendingJobs.filter((j) => j.status === 'pending')
  const online = daemons.filter((d) => d.status !== 'offline')
  const prebuilds = pending.filter((j) => j.initiator_id === PrebuildsSystemUserID).length
  let oldest: string | undefined
  for (const job of pending) {
    if (oldest === undefined || Date.parse(job.created_at) < Date.parse(oldest))
      oldest = job.created_at
  }
  return {
    total: jobs.length,
    byStatus,
    pending: pending.length,
    pendingPrebuilds: prebuilds,
    pendingPeople: pending.length - prebuilds,
    pendingByTemplate: countTemplates(pending),
    oldestPendingAt: oldest,
    daemonsOnline: online.length,
    daemonsTotal: daemons.length,
    unservable: pending.filter((j) => !canBeTaken(j, online)).length,
    stuckAhead: countStuckAhead(pending),
  }
}
