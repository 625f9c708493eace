import type { CancelTransport } from '../../../api/provisionerJobs'
import type { CancelWorkspaceBuildStatus, ProvisionerJob } from '../../../api/types'

export type { CancelTransport }

export type CancelResult = 'canceled' | 'skipped' | 'failed' | 'not_allowed' | 'aborted'
export const cancelResults: readonly CancelResult[] = [
  'canceled',
  'skipped',
  'failed',
  'not_allowed',
  'aborted',
]

export interface CancelOutcome {
  job: ProvisionerJob
  result: CancelResult
  /** why it was skipped, failed, not allowed or aborted, in words */
  reason?: string
  /** HTTP status of the last answer, when there was one */
  status?: number
  /** requests sent for this job (0 = decided without asking Coder) */
  attempts: number
}

export interface BulkCancelOptions {
  /** requests in flight at most; default 8 */
  concurrency?: number
  /** also cancel running jobs (otherwise they are skipped, and pending builds that start
   * running before the cancel lands are left alone) */
  includeRunning?: boolean
  /** retries after a 5xx, a timeout or a network error; default 4 */
  maxRetries?: number
  signal?: AbortSignal
  onOutcome?: (outcome: CancelOutcome) => void
  /** per request, then it counts as a network error; default 30 s, 0 = none */
  timeoutMs?: number
  /** first backoff after a failure; doubles each time, with jitter; default 500 ms */
  baseDelayMs?: number
  /** default 10 s */
  maxDelayMs?: number
  /** 429 answers tolerated per job before it is reported failed; default 20 */
  maxRateLimitWaits?: number
  /** injectable for tests; must resolve early when the signal aborts */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  random?: () => number
  /** epoch milliseconds */
  now?: () => number
}

export interface BulkCancelReport {
  /** one per input job, in input order */
  outcomes: CancelOutcome[]
  counts: Record<CancelResult, number>
  aborted: boolean
  /** HTTP requests sent */
  requests: number
  durationMs: number
}

export type DrainStop =
  | 'done'
  | 'nothing_cancelable'
  | 'unknown_initiator'
  | 'not_shrinking'
  | 'no_progress'
  | 'max_rounds'
  | 'list_failed'
  | 'aborted'

export interface DrainRound {
  round: number
  /** cancelable jobs the filter matched at the start of the round */
  matched: number
  /** of those, the ones this round tries */
  candidates: number
}

export interface DrainOptions extends BulkCancelOptions {
  /** jobs listed and canceled per round; default 500 */
  batchSize?: number
  /** hard stop; default 40 */
  maxRounds?: number
  /** stop when the matching count has not shrunk over this many rounds; default 3 */
  stallRounds?: number
  onRound?: (round: DrainRound) => void
}

export interface DrainReport extends BulkCancelReport {
  rounds: number
  stop: DrainStop
  /** for the person who pressed the button */
  message: string
}

export type ExpectStatus = CancelWorkspaceBuildStatus
