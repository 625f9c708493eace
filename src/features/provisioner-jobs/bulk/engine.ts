// The bulk cancel engine: plain TypeScript, no React, used by useBulkCancel and bench/cancel.ts.
export { drainMatching } from './drain'
export { countOutcomes, DEFAULT_CONCURRENCY, runBulkCancel } from './runBulkCancel'
export {
  cancelResults,
  type BulkCancelOptions,
  type BulkCancelReport,
  type CancelOutcome,
  type CancelResult,
  type CancelTransport,
  type DrainOptions,
  type DrainReport,
  type DrainRound,
  type DrainStop,
} from './types'
