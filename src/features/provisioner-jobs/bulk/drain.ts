import { errorMessage } from '../../../api/errors'
import { knownInitiatorId, matchesFilter, type JobFilter } from '../../../api/provisionerJobFilter'
import type { ProvisionerJobStatus } from '../../../api/types'
import { countOutcomes, runBulkCancel } from './runBulkCancel'
import type { CancelOutcome, CancelTransport, DrainOptions, DrainReport, DrainStop } from './types'

/** The filter's statuses that a cancel can still change. */
function drainStatuses(filter: JobFilter, includeRunning: boolean): ProvisionerJobStatus[] {
  const cancelable: ProvisionerJobStatus[] = includeRunning ? ['pending', 'running'] : ['pending']
  if (filter.status.length === 0) return cancelable
  return filter.status.filter((s) => cancelable.includes(s))
}

async function resolveInitiator(
  filter: JobFilter,
  transport: CancelTransport,
  signal?: AbortSignal,
) {
  if (!filter.initiator) return { ok: true as const }
  const id =
    knownInitiatorId(filter.initiator) ??
    (await transport.resolveInitiator?.(filter.initiator, signal))
  return id ? { ok: true as const, id } : { ok: false as const }
}

function stopMessage(
  stop: DrainStop,
  canceled: number,
  stuck: number,
  matched: number,
  rounds: number,
) {
  const tail = stuck > 0 ? ` ${stuck} matching jobs could not be canceled; see the report.` : ''
  const sum = `Canceled ${canceled} jobs in ${rounds} rounds.`
  switch (stop) {
    case 'done':
      return `${sum} Nothing cancelable matches the filter any more.${tail}`
    case 'not_shrinking':
    case 'max_rounds':
      return (
        `Stopped after ${rounds} rounds: ${matched} jobs still match and new ones keep arriving ` +
        `about as fast as they are canceled (${canceled} canceled so far). Pause whatever creates ` +
        `them (for prebuilds: pause reconciliation), then drain again.${tail}`
      )
    case 'no_progress':
      return `Stopped: the last rounds canceled nothing.${tail} ${sum}`
    case 'aborted':
      return `Stopped by you. ${sum}${tail}`
    default:
      return sum
  }
}

/**
 * "Cancel everything matching": list → cancel in rounds until nothing cancelable matches.
 * Only jobs that pass matchesFilter are ever canceled; jobs that could not be canceled are
 * not tried again, and a flood that outpaces the cancels ends with a clear stop.
 */
export async function drainMatching(
  organization: string,
  filter: JobFilter,
  transport: CancelTransport,
  options: DrainOptions = {},
): Promise<DrainReport> {
  const { batchSize = 500, maxRounds = 40, stallRounds = 3, signal } = options
  const now = options.now ?? Date.now
  const startedAt = now()
  const outcomes: CancelOutcome[] = []
  const tried = new Set<string>()
  const exactCounts: number[] = []
  let requests = 0
  let rounds = 0
  let matched = 0
  let idleRounds = 0

  const finish = (stop: DrainStop, message?: string): DrainReport => {
    const counts = countOutcomes(outcomes)
    const stuck = counts.failed + counts.not_allowed + counts.skipped
    return {
      outcomes,
      counts,
      aborted: stop === 'aborted',
      requests,
      durationMs: now() - startedAt,
      rounds,
      stop,
      message: message ?? stopMessage(stop, counts.canceled, stuck, matched, rounds),
    }
  }

  const statuses = drainStatuses(filter, options.includeRunning ?? false)
  if (statuses.length === 0) {
    return finish('nothing_cancelable', 'The filter only matches finished jobs: nothing to cancel.')
  }
  const listFilter: JobFilter = { ...filter, status: statuses }
  const initiator = await resolveInitiator(filter, transport, signal)
  if (!initiator.ok) {
    return finish(
      'unknown_initiator',
      `There is no user "${filter.initiator}": nothing was canceled.`,
    )
  }

  while (rounds < maxRounds) {
    if (signal?.aborted) return finish('aborted')
    const limit = batchSize + tried.size
    let listed
    try {
      listed = await transport.list(organization, listFilter, { limit, signal })
    } catch (error) {
      if (signal?.aborted) return finish('aborted')
      return finish('list_failed', `Listing the matching jobs failed: ${errorMessage(error)}`)
    }
    const matching = listed.filter((job) =>
      matchesFilter(job, listFilter, { initiatorId: initiator.id }),
    )
    const candidates = matching.filter((job) => !tried.has(job.id)).slice(0, batchSize)
    matched = matching.length
    rounds++
    options.onRound?.({ round: rounds, matched, candidates: candidates.length })
    if (candidates.length === 0) return finish('done')

    if (listed.length < limit) {
      exactCounts.push(matched)
      const before = exactCounts[exactCounts.length - 1 - stallRounds]
      if (before !== undefined && matched >= before) return finish('not_shrinking')
    }
    const report = await runBulkCancel(candidates, transport, options)
    requests += report.requests
    for (const outcome of report.outcomes) {
      tried.add(outcome.job.id)
      outcomes.push(outcome)
    }
    if (report.aborted) return finish('aborted')
    idleRounds = report.counts.canceled === 0 ? idleRounds + 1 : 0
    if (idleRounds >= 2) return finish('no_progress')
  }
  return finish('max_rounds')
}
