import { errorMessage } from '../../../api/errors'
import { knownInitiatorId, matchesFilter, type JobFilter } from '../../../api/provisionerJobFilter'
import type { ProvisionerJob, ProvisionerJobStatus } from '../../../api/types'
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

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`

function stopMessage(
  stop: DrainStop,
  canceled: number,
  stuck: number,
  matched: number,
  rounds: number,
) {
  const tail =
    stuck > 0 ? ` ${count(stuck, 'matching job')} could not be canceled; see the report.` : ''
  const sum = `Canceled ${count(canceled, 'job')} in ${count(rounds, 'round')}.`
  switch (stop) {
    case 'done':
      return `${sum} Nothing cancelable matches the filter any more.${tail}`
    case 'not_shrinking':
    case 'max_rounds':
      return (
        `Stopped after ${count(rounds, 'round')}: ${count(matched, 'job')} still match and new ` +
        `ones keep arriving about as fast as they are canceled (${canceled} canceled so far). ` +
        `Pause whatever creates them (for prebuilds: pause reconciliation), then drain again.${tail}`
      )
    case 'no_progress':
      return `Stopped: the last rounds canceled nothing.${tail} ${sum}`
    case 'aborted':
      return `Stopped by you. ${sum}${tail}`
    default:
      return sum
  }
}

interface Listing {
  /** how many cancelable jobs match (exact when `exact`) */
  matched: number
  exact: boolean
  /** matching jobs not tried before, at most one batch */
  candidates: ProvisionerJob[]
}

async function listRound(
  organization: string,
  filter: JobFilter,
  transport: CancelTransport,
  opts: {
    limit: number
    batchSize: number
    tried: ReadonlySet<string>
    initiatorId?: string
    signal?: AbortSignal
  },
): Promise<Listing> {
  const pick = (listed: ProvisionerJob[], limit: number) => {
    const matching = listed.filter((job) =>
      matchesFilter(job, filter, { initiatorId: opts.initiatorId }),
    )
    const fresh = matching.filter((job) => !opts.tried.has(job.id))
    const exact = limit === 0 || listed.length < limit
    return { matched: matching.length, exact, candidates: fresh.slice(0, opts.batchSize) }
  }
  const { limit, signal } = opts
  const first = pick(await transport.list(organization, filter, { limit, signal }), limit)
  // Type and template are filtered in the browser after Coder's limit. When they thinned a
  // full page, look at everything, so newer non-matching jobs cannot hide older matches.
  if (first.exact || first.candidates.length >= opts.batchSize) return first
  return pick(await transport.list(organization, filter, { limit: 0, signal }), 0)
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
  let initiator: Awaited<ReturnType<typeof resolveInitiator>>
  try {
    initiator = await resolveInitiator(filter, transport, signal)
  } catch (error) {
    if (signal?.aborted) return finish('aborted')
    return finish('list_failed', `Looking up "${filter.initiator}" failed: ${errorMessage(error)}`)
  }
  if (!initiator.ok) {
    return finish(
      'unknown_initiator',
      `There is no user "${filter.initiator}": nothing was canceled.`,
    )
  }

  while (rounds < maxRounds) {
    if (signal?.aborted) return finish('aborted')
    // Jobs we could not cancel still match; list past them so they never hide new ones.
    const limit = batchSize + outcomes.filter((o) => o.result !== 'canceled').length
    let round: Listing
    try {
      round = await listRound(organization, listFilter, transport, {
        limit,
        batchSize,
        tried,
        initiatorId: initiator.id,
        signal,
      })
    } catch (error) {
      if (signal?.aborted) return finish('aborted')
      return finish('list_failed', `Listing the matching jobs failed: ${errorMessage(error)}`)
    }
    const { candidates } = round
    matched = round.matched
    rounds++
    options.onRound?.({ round: rounds, matched, candidates: candidates.length })
    if (candidates.length === 0) return finish('done')
    if (round.exact) {
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
