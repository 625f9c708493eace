import { render, renderHook, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { mockJobs } from './mockJobs'
import { useJobSelection } from './useJobSelection'
import { useQueueKeyboard } from './useQueueKeyboard'

const jobs = mockJobs(4)
const ids = jobs.map((j) => j.id)

function setup() {
  const onFocusSearch = vi.fn()
  const onOpenJob = vi.fn()
  const hook = renderHook(() => {
    const selection = useJobSelection(jobs, 'f')
    useQueueKeyboard({ jobs, selection, onFocusSearch, onOpenJob })
    return selection
  })
  return { ...hook, onFocusSearch, onOpenJob, user: userEvent.setup() }
}

describe('useQueueKeyboard', { timeout: 30_000 }, () => {
  it('moves with j/k, clamped at both ends', async () => {
    const { result, user } = setup()
    await user.keyboard('j')
    expect(result.current.activeId).toBe(ids[0])
    await user.keyboard('jjjjj')
    expect(result.current.activeId).toBe(ids[3])
    await user.keyboard('k')
    expect(result.current.activeId).toBe(ids[2])
  })

  it('toggles with x and selects a range with Shift+x', async () => {
    const { result, user } = setup()
    await user.keyboard('jx')
    expect([...result.current.selectedIds]).toEqual([ids[0]])
    await user.keyboard('jj{Shift>}x{/Shift}')
    expect([...result.current.selectedIds]).toEqual(ids.slice(0, 3))
  })

  it('clears with Escape and opens the active job with Enter', async () => {
    const { result, user, onOpenJob } = setup()
    await user.keyboard('jxjx')
    expect(result.current.count).toBe(2)
    await user.keyboard('{Escape}')
    expect(result.current.count).toBe(0)
    await user.keyboard('{Enter}')
    expect(onOpenJob).toHaveBeenCalledWith(jobs[1])
  })

  it('focuses search on /', async () => {
    const { user, onFocusSearch } = setup()
    await user.keyboard('/')
    expect(onFocusSearch).toHaveBeenCalledTimes(1)
  })

  it('ignores keys while typing in an input', async () => {
    const { result, user, onFocusSearch } = setup()
    render(<input aria-label="Search" />)
    await user.click(screen.getByRole('textbox', { name: 'Search' }))
    await user.keyboard('jx/')
    expect(result.current.activeId).toBeUndefined()
    expect(result.current.count).toBe(0)
    expect(onFocusSearch).not.toHaveBeenCalled()
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveValue('jx/')
  })

  it('ignores keys inside a dialog and with modifier keys', async () => {
    const { result, user } = setup()
    render(
      <div role="dialog" aria-label="Confirm">
        <button type="button">Inside</button>
      </div>,
    )
    await user.click(screen.getByRole('button', { name: 'Inside' }))
    await user.keyboard('j')
    expect(result.current.activeId).toBeUndefined()
    await user.click(document.body)
    await user.keyboard('{Control>}j{/Control}')
    expect(result.current.activeId).toBeUndefined()
  })
})
