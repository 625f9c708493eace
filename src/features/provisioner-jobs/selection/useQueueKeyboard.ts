import { useEffect, useRef } from 'react'
import type { ProvisionerJob } from '../../../api/types'
import type { JobSelectionApi } from './useJobSelection'

export interface QueueKeyboardOptions {
  jobs: ProvisionerJob[]
  selection: JobSelectionApi
  onFocusSearch: () => void
  onOpenJob: (job: ProvisionerJob) => void
  enabled?: boolean
}

/** Keys the queue answers to, for a help line or tooltip. */
export const queueShortcuts = [
  { keys: '/', action: 'Focus search' },
  { keys: 'j / k', action: 'Next / previous job' },
  { keys: 'x', action: 'Select job' },
  { keys: 'Shift + x', action: 'Select range' },
  { keys: 'Enter', action: 'Open job' },
  { keys: 'Esc', action: 'Clear selection' },
] as const

// Typing in a field, or working inside a dialog or menu, must never trigger queue actions.
function isTypingOrInOverlay(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target.closest('input, textarea, select, [contenteditable="true"]')) return true
  return target.closest('[role="dialog"], [role="menu"], [role="listbox"]') !== null
}

const isControl = (target: EventTarget | null) =>
  target instanceof HTMLElement && target.closest('button, a[href]') !== null

function step(jobs: ProvisionerJob[], activeId: string | undefined, delta: 1 | -1) {
  if (jobs.length === 0) return undefined
  const at = activeId === undefined ? -1 : jobs.findIndex((j) => j.id === activeId)
  if (at < 0) return (delta === 1 ? jobs[0] : jobs[jobs.length - 1]).id
  return jobs[Math.min(jobs.length - 1, Math.max(0, at + delta))].id
}

function handleKey(event: KeyboardEvent, o: QueueKeyboardOptions): boolean {
  const { jobs, selection } = o
  const active = jobs.find((j) => j.id === selection.activeId)
  switch (event.key) {
    case '/':
      o.onFocusSearch()
      return true
    case 'j':
    case 'k':
      selection.setActiveId(step(jobs, selection.activeId, event.key === 'j' ? 1 : -1))
      return true
    case 'x':
    case 'X':
      if (!active) return false
      selection.toggle(active.id, { range: event.shiftKey })
      return true
    case 'Escape':
      if (selection.count === 0 && !selection.allMatching) return false
      selection.clear()
      return true
    case 'Enter':
      // On a focused button or link, Enter belongs to that control.
      if (!active || isControl(event.target)) return false
      o.onOpenJob(active)
      return true
    default:
      return false
  }
}

/** Gmail-style keys for the queue, ignored while typing or inside dialogs. */
export function useQueueKeyboard(options: QueueKeyboardOptions): void {
  const latest = useRef(options)
  useEffect(() => {
    latest.current = options
  })
  const enabled = options.enabled ?? true

  useEffect(() => {
    if (!enabled) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      if (event.isComposing || isTypingOrInOverlay(event.target)) return
      if (handleKey(event, latest.current)) event.preventDefault()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [enabled])
}
