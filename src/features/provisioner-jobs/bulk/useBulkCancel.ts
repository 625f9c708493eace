import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import {
  provisionerDaemonQueries,
  provisionerJobQueries,
  provisionerJobsTransport,
} from '../../../api/provisionerJobs'
import type { ProvisionerJob } from '../../../api/types'
import type { BulkCancelState } from '../bulk-ui/types'
import type { JobFilter } from '../filter'
import {
  countOutcomes,
  drainMatching,
  runBulkCancel,
  type BulkCancelOptions,
  type CancelOutcome,
  type CancelTransport,
} from './engine'

interface StartOptions {
  includeRunning?: boolean
  concurrency?: number
}

export const idleBulkCancelState: BulkCancelState = {
  phase: 'idle',
  mode: 'selection',
  total: 0,
  counts: countOutcomes([]),
  ratePerSecond: 0,
  outcomes: [],
  byJobId: new Map(),
}

// Outcomes can land hundreds per second; the table re-renders at this pace instead.
const FLUSH_MS = 150

interface ActiveRun {
  controller: AbortController
  buffer: CancelOutcome[]
  startedAt: number
  landed: number
  timer: ReturnType<typeof setInterval>
}

type Execute = (run: {
  signal: AbortSignal
  onOutcome: (outcome: CancelOutcome) => void
  onTotal: (total: number) => void
}) => Promise<{ aborted: boolean; message?: string }>

function merge(state: BulkCancelState, landed: CancelOutcome[], run: Readonly<ActiveRun>) {
  if (landed.length === 0) return state
  const outcomes = [...state.outcomes, ...landed]
  const byJobId = new Map(state.byJobId)
  for (const outcome of landed) byJobId.set(outcome.job.id, outcome)
  const seconds = Math.max(0.001, (Date.now() - run.startedAt) / 1000)
  return {
    ...state,
    outcomes,
    byJobId,
    counts: countOutcomes(outcomes),
    // Only this run's outcomes: a retry carries earlier ones over.
    ratePerSecond: run.landed / seconds,
  }
}

/** `transport` and `engineOptions` are for tests (fake transport, short backoff). */
export function useBulkCancel(
  organization: string,
  transport: CancelTransport = provisionerJobsTransport,
  engineOptions: Pick<BulkCancelOptions, 'baseDelayMs' | 'sleep' | 'timeoutMs'> = {},
) {
  const queryClient = useQueryClient()
  const { baseDelayMs, sleep, timeoutMs } = engineOptions
  const [state, setState] = useState<BulkCancelState>(idleBulkCancelState)
  const active = useRef<ActiveRun | null>(null)
  const latest = useRef({ state, options: {} as StartOptions })
  useEffect(() => {
    latest.current.state = state
  }, [state])

  const flush = useCallback(() => {
    const run = active.current
    if (!run || run.buffer.length === 0) return
    const landed = run.buffer.splice(0)
    // Counted here, not in the updater: React may run an updater twice.
    run.landed += landed.length
    const snapshot = { ...run }
    setState((prev) => merge(prev, landed, snapshot))
  }, [])

  const launch = useCallback(
    (mode: BulkCancelState['mode'], total: number, carried: CancelOutcome[], execute: Execute) => {
      active.current?.controller.abort()
      const controller = new AbortController()
      const run: ActiveRun = {
        controller,
        buffer: [],
        startedAt: Date.now(),
        landed: 0,
        timer: setInterval(flush, FLUSH_MS),
      }
      active.current = run
      const byJobId = new Map(carried.map((o) => [o.job.id, o]))
      const counts = countOutcomes(carried)
      setState({
        ...idleBulkCancelState,
        phase: 'running',
        mode,
        total,
        outcomes: carried,
        byJobId,
        counts,
      })
      const onTotal = (n: number) => setState((prev) => ({ ...prev, total: n }))
      const onOutcome = (outcome: CancelOutcome) => run.buffer.push(outcome)
      const settle = (phase: 'done' | 'aborted', message?: string) => {
        clearInterval(run.timer)
        if (active.current !== run) return
        flush()
        active.current = null
        setState((prev) => ({ ...prev, phase, message }))
        void queryClient.invalidateQueries({ queryKey: provisionerJobQueries.all() })
        void queryClient.invalidateQueries({ queryKey: provisionerDaemonQueries.all() })
      }
      execute({ signal: controller.signal, onOutcome, onTotal }).then(
        (result) => settle(result.aborted ? 'aborted' : 'done', result.message),
        (error: unknown) => settle('done', error instanceof Error ? error.message : String(error)),
      )
    },
    [flush, queryClient],
  )

  const startWith = useCallback(
    (jobs: ProvisionerJob[], opts: StartOptions, carried: CancelOutcome[]) => {
      latest.current.options = opts
      launch('selection', carried.length + jobs.length, carried, ({ signal, onOutcome }) =>
        runBulkCancel(jobs, transport, {
          baseDelayMs,
          sleep,
          timeoutMs,
          ...opts,
          signal,
          onOutcome,
        }),
      )
    },
    [launch, transport, baseDelayMs, sleep, timeoutMs],
  )

  const start = useCallback(
    (jobs: ProvisionerJob[], opts: StartOptions = {}) => startWith(jobs, opts, []),
    [startWith],
  )

  const startDrain = useCallback(
    (filter: JobFilter, opts: { concurrency?: number } = {}) => {
      latest.current.options = opts
      launch('drain', 0, [], async ({ signal, onOutcome, onTotal }) => {
        let done = 0
        const report = await drainMatching(organization, filter, transport, {
          baseDelayMs,
          sleep,
          timeoutMs,
          ...opts,
          signal,
          onOutcome: (outcome) => {
            done++
            onOutcome(outcome)
          },
          onRound: (round) => onTotal(done + round.candidates),
        })
        return { aborted: report.aborted, message: report.message }
      })
    },
    [launch, organization, transport, baseDelayMs, sleep, timeoutMs],
  )

  const abort = useCallback(() => active.current?.controller.abort(), [])

  const retryFailed = useCallback(() => {
    const { outcomes } = latest.current.state
    const again = outcomes.filter((o) => o.result === 'failed' || o.result === 'aborted')
    if (again.length === 0) return
    const kept = outcomes.filter((o) => o.result !== 'failed' && o.result !== 'aborted')
    startWith(
      again.map((o) => o.job),
      latest.current.options,
      kept,
    )
  }, [startWith])

  const reset = useCallback(() => {
    const run = active.current
    active.current = null
    if (run) {
      clearInterval(run.timer)
      run.controller.abort()
    }
    setState(idleBulkCancelState)
  }, [])

  useEffect(() => () => active.current?.controller.abort(), [])

  return { state, start, startDrain, abort, retryFailed, reset }
}

export type BulkCancelApi = ReturnType<typeof useBulkCancel>
