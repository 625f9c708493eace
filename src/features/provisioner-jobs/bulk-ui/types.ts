import type { JobFilter } from '../../../api/provisionerJobFilter'
import type { ProvisionerJob } from '../../../api/types'
import type { CancelOutcome, CancelResult } from '../bulk/engine'

// The slice of useBulkCancel's result the bulk UI relies on (jobs-contract.md), so these
// components can be tested with a plain object.
export interface BulkCancelState {
  phase: 'idle' | 'running' | 'done' | 'aborted'
  mode: 'selection' | 'drain'
  total: number
  counts: Record<CancelResult, number>
  ratePerSecond: number
  outcomes: CancelOutcome[]
  byJobId: ReadonlyMap<string, CancelOutcome>
  message?: string
}

export interface BulkCancelController {
  state: BulkCancelState
  start(jobs: ProvisionerJob[], opts?: { includeRunning?: boolean; concurrency?: number }): void
  startDrain(filter: JobFilter, opts?: { concurrency?: number; includeRunning?: boolean }): void
  abort(): void
  retryFailed(): void
  reset(): void
}
