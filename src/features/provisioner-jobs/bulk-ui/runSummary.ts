import { cancelResults } from '../bulk/engine'
import { plural } from './plural'
import type { BulkCancelState } from './types'

/** One line that adds up: "Canceled 480 of 500 jobs: 15 skipped, 5 failed." */
export function runSummary(state: BulkCancelState): { title: string; detail: string } {
  const { counts } = state
  const total = cancelResults.reduce((sum, r) => sum + counts[r], 0)
  const prefix = state.phase === 'aborted' ? 'Aborted: canceled' : 'Canceled'
  const title = `${prefix} ${counts.canceled.toLocaleString('en-US')} of ${plural(total, 'job')}`
  const rest = [
    counts.skipped && `${counts.skipped} skipped`,
    counts.failed && `${counts.failed} failed`,
    counts.not_allowed && `${counts.not_allowed} not allowed`,
    counts.aborted && `${counts.aborted} not attempted (aborted)`,
  ].filter(Boolean)
  return { title, detail: rest.length ? `${rest.join(', ')}.` : 'Nothing was skipped or failed.' }
}

export const needsAttention = (state: BulkCancelState) =>
  state.counts.failed + state.counts.not_allowed + state.counts.aborted > 0

/** useBulkCancel's retryFailed() tries the failed and the aborted jobs again. */
export function retryLabel(state: BulkCancelState): { count: number; label: string } {
  const { failed, aborted } = state.counts
  const count = failed + aborted
  const what = aborted === 0 ? 'failed' : failed === 0 ? 'not attempted' : 'failed or not attempted'
  return {
    count,
    label: count > 0 ? `Retry ${count.toLocaleString('en-US')} ${what}` : 'Retry failed',
  }
}
