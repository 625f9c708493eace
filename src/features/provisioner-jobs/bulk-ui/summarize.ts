import type { ProvisionerJob, ProvisionerJobType } from '../../../api/types'

export type SelectionBucket = 'pending' | 'running' | 'finished'

export interface SelectionSummaryRow {
  type: ProvisionerJobType
  pending: number
  running: number
  /** succeeded, failed, canceled or already canceling: nothing left to cancel */
  finished: number
}

export interface SelectionSummary {
  total: number
  pending: number
  running: number
  finished: number
  prebuilds: number
  byType: SelectionSummaryRow[]
  /** jobs a run will send a cancel for */
  toCancel: number
}

export const jobTypeLabels: Record<ProvisionerJobType, string> = {
  workspace_build: 'Workspace builds',
  template_version_import: 'Template imports',
  template_version_dry_run: 'Dry runs',
}

const typeOrder = Object.keys(jobTypeLabels) as ProvisionerJobType[]

export function bucketOf(job: ProvisionerJob): SelectionBucket {
  if (job.status === 'pending') return 'pending'
  if (job.status === 'running') return 'running'
  return 'finished'
}

/** What a bulk cancel of `jobs` will do, by status bucket and job type. */
export function summarizeSelection(
  jobs: ProvisionerJob[],
  {
    includeRunning = false,
    prebuildsUserId,
  }: { includeRunning?: boolean; prebuildsUserId?: string } = {},
): SelectionSummary {
  const rows = new Map<ProvisionerJobType, SelectionSummaryRow>()
  const totals = { pending: 0, running: 0, finished: 0 }
  let prebuilds = 0
  for (const job of jobs) {
    const bucket = bucketOf(job)
    const row = rows.get(job.type) ?? { type: job.type, pending: 0, running: 0, finished: 0 }
    row[bucket]++
    totals[bucket]++
    rows.set(job.type, row)
    if (prebuildsUserId && job.initiator_id === prebuildsUserId) prebuilds++
  }
  const byType = [...rows.values()].sort(
    (a, b) => typeOrder.indexOf(a.type) - typeOrder.indexOf(b.type),
  )
  const toCancel = totals.pending + (includeRunning ? totals.running : 0)
  return { total: jobs.length, ...totals, prebuilds, byType, toCancel }
}
