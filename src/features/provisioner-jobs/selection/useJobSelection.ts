import { useCallback, useMemo, useState } from 'react'
import type { ProvisionerJob } from '../../../api/types'

export interface JobSelectionApi {
  selectedIds: ReadonlySet<string>
  allMatching: boolean
  /** Jobs excluded one by one while "all matching" is on. */
  excludedIds: ReadonlySet<string>
  /** Selected jobs among the visible ones: what a bulk action will act on. */
  count: number
  /** The selected visible jobs, in visible order. */
  selectedJobs: ProvisionerJob[]
  isSelected(id: string): boolean
  toggle(id: string, opts?: { range?: boolean }): void
  toggleAllVisible(): void
  visibleState: 'none' | 'some' | 'all'
  selectAllMatching(): void
  clear(): void
  activeId?: string
  setActiveId(id: string | undefined): void
}

// Include/exclude model: with allMatching off, `ids` are the chosen jobs; with it on, `ids`
// are the exceptions. State is tagged with the filter it was made under, so a new filter
// starts from nothing without an effect.
interface SelectionState {
  filterKey: string
  allMatching: boolean
  ids: ReadonlySet<string>
  anchorId?: string
}

const emptyState = (filterKey: string): SelectionState => ({
  filterKey,
  allMatching: false,
  ids: new Set(),
})

const isChosen = (state: SelectionState, id: string) => state.allMatching !== state.ids.has(id)

function withChosen(state: SelectionState, ids: string[], chosen: boolean): ReadonlySet<string> {
  const next = new Set(state.ids)
  // In allMatching mode membership means "excluded", so the meaning flips.
  const member = state.allMatching ? !chosen : chosen
  for (const id of ids) {
    if (member) next.add(id)
    else next.delete(id)
  }
  return next
}

function rangeIds(jobs: ProvisionerJob[], fromId: string | undefined, toId: string): string[] {
  const to = jobs.findIndex((j) => j.id === toId)
  const from = fromId === undefined ? -1 : jobs.findIndex((j) => j.id === fromId)
  if (to < 0) return []
  if (from < 0) return [toId]
  const [start, end] = from < to ? [from, to] : [to, from]
  return jobs.slice(start, end + 1).map((j) => j.id)
}

/**
 * Row selection for the job queue. Selection is kept by id across list refreshes; ids that
 * leave the result stop counting (but come back selected if they reappear), and everything
 * resets when `filterKey` changes.
 */
export function useJobSelection(visibleJobs: ProvisionerJob[], filterKey: string): JobSelectionApi {
  const [stored, setStored] = useState<SelectionState>(() => emptyState(filterKey))
  const [activeId, setActiveId] = useState<string | undefined>()
  const fresh = useMemo(() => emptyState(filterKey), [filterKey])
  const state = stored.filterKey === filterKey ? stored : fresh

  const update = useCallback(
    (change: (s: SelectionState) => SelectionState) =>
      setStored((prev) => change(prev.filterKey === filterKey ? prev : emptyState(filterKey))),
    [filterKey],
  )

  const selectedJobs = useMemo(
    () => visibleJobs.filter((j) => isChosen(state, j.id)),
    [visibleJobs, state],
  )
  const count = selectedJobs.length
  const visibleState =
    count === 0 ? 'none' : count === visibleJobs.length ? ('all' as const) : ('some' as const)

  const toggle = useCallback(
    (id: string, opts?: { range?: boolean }) =>
      update((s) => {
        const chosen = !isChosen(s, id)
        const ids = opts?.range ? rangeIds(visibleJobs, s.anchorId, id) : [id]
        return { ...s, ids: withChosen(s, ids.length ? ids : [id], chosen), anchorId: id }
      }),
    [update, visibleJobs],
  )

  const toggleAllVisible = useCallback(
    () =>
      update((s) => {
        const allChosen = visibleJobs.length > 0 && visibleJobs.every((j) => isChosen(s, j.id))
        if (allChosen && s.allMatching) return emptyState(s.filterKey)
        const ids = visibleJobs.map((j) => j.id)
        return { ...s, ids: withChosen(s, ids, !allChosen) }
      }),
    [update, visibleJobs],
  )

  const selectAllMatching = useCallback(
    () => update((s) => ({ ...s, allMatching: true, ids: new Set() })),
    [update],
  )
  const clear = useCallback(() => update((s) => emptyState(s.filterKey)), [update])
  const isSelected = useCallback((id: string) => isChosen(state, id), [state])

  return {
    selectedIds: useMemo(() => new Set(selectedJobs.map((j) => j.id)), [selectedJobs]),
    allMatching: state.allMatching,
    excludedIds: state.allMatching ? state.ids : fresh.ids,
    count,
    selectedJobs,
    isSelected,
    toggle,
    toggleAllVisible,
    visibleState,
    selectAllMatching,
    clear,
    activeId,
    setActiveId,
  }
}
