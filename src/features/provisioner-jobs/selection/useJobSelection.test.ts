import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { ProvisionerJob } from '../../../api/types'
import { mockJobs } from './mockJobs'
import { useJobSelection } from './useJobSelection'

const jobs = mockJobs(6)
const ids = jobs.map((j) => j.id)

function setup(initial: ProvisionerJob[] = jobs, filterKey = 'f1') {
  return renderHook(({ list, keyOf }) => useJobSelection(list, keyOf), {
    initialProps: { list: initial, keyOf: filterKey },
  })
}

describe('useJobSelection', () => {
  it('toggles single rows', () => {
    const { result } = setup()
    act(() => result.current.toggle(ids[1]))
    expect(result.current.isSelected(ids[1])).toBe(true)
    expect(result.current.count).toBe(1)
    expect(result.current.visibleState).toBe('some')
    act(() => result.current.toggle(ids[1]))
    expect(result.current.count).toBe(0)
    expect(result.current.visibleState).toBe('none')
  })

  it('selects a range from the last toggled row, in either direction', () => {
    const { result } = setup()
    act(() => result.current.toggle(ids[4]))
    act(() => result.current.toggle(ids[1], { range: true }))
    expect([...result.current.selectedIds]).toEqual(ids.slice(1, 5))
    // A second range from the new anchor unselects, matching the clicked row's new state.
    act(() => result.current.toggle(ids[2], { range: true }))
    expect([...result.current.selectedIds]).toEqual([ids[3], ids[4]])
  })

  it('treats a range without an anchor as a single toggle', () => {
    const { result } = setup()
    act(() => result.current.toggle(ids[3], { range: true }))
    expect([...result.current.selectedIds]).toEqual([ids[3]])
  })

  it('selects and unselects all visible rows', () => {
    const { result } = setup()
    act(() => result.current.toggle(ids[0]))
    act(() => result.current.toggleAllVisible())
    expect(result.current.visibleState).toBe('all')
    expect(result.current.count).toBe(6)
    act(() => result.current.toggleAllVisible())
    expect(result.current.visibleState).toBe('none')
  })

  it('selects all matching, with exclusions, and includes jobs that arrive later', () => {
    const { result, rerender } = setup(jobs.slice(0, 4))
    act(() => result.current.selectAllMatching())
    act(() => result.current.toggle(ids[2]))
    expect(result.current.allMatching).toBe(true)
    expect([...result.current.excludedIds]).toEqual([ids[2]])
    expect(result.current.count).toBe(3)
    rerender({ list: jobs, keyOf: 'f1' })
    expect(result.current.count).toBe(5)
    expect(result.current.isSelected(ids[5])).toBe(true)
    expect(result.current.isSelected(ids[2])).toBe(false)
    expect(result.current.visibleState).toBe('some')
  })

  it('survives a refresh by id; vanished rows drop out of the count and come back selected', () => {
    const { result, rerender } = setup()
    act(() => result.current.toggle(ids[0]))
    act(() => result.current.toggle(ids[3]))
    const refreshed = jobs.map((j) => ({ ...j, queue_position: 9 }))
    rerender({ list: refreshed, keyOf: 'f1' })
    expect([...result.current.selectedIds]).toEqual([ids[0], ids[3]])
    rerender({ list: refreshed.filter((j) => j.id !== ids[3]), keyOf: 'f1' })
    expect(result.current.count).toBe(1)
    expect(result.current.selectedJobs.map((j) => j.id)).toEqual([ids[0]])
    rerender({ list: refreshed, keyOf: 'f1' })
    expect(result.current.count).toBe(2)
  })

  it('clears when the filter changes', () => {
    const { result, rerender } = setup()
    act(() => result.current.selectAllMatching())
    expect(result.current.count).toBe(6)
    rerender({ list: jobs, keyOf: 'f2' })
    expect(result.current.allMatching).toBe(false)
    expect(result.current.count).toBe(0)
    act(() => result.current.toggle(ids[0]))
    expect(result.current.count).toBe(1)
  })

  it('clear() empties everything, including all-matching', () => {
    const { result } = setup()
    act(() => result.current.selectAllMatching())
    act(() => result.current.clear())
    expect(result.current.allMatching).toBe(false)
    expect(result.current.count).toBe(0)
  })
})
