import { Checkbox } from '@mantine/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import type { ProvisionerJob } from '../../../api/types'
import type { CancelOutcome } from '../bulk/engine'
import type { JobSelectionApi } from '../selection/useJobSelection'
import {
  type CancelAbility,
  columnHeaders,
  GRID_COLUMNS,
  MIN_TABLE_WIDTH,
  ROW_HEIGHT,
} from './columns'
import { JobRow } from './JobRow'
import classes from './JobsTable.module.css'

export interface JobsTableProps {
  jobs: ProvisionerJob[]
  selection: JobSelectionApi
  outcomes?: ReadonlyMap<string, CancelOutcome>
  onOpenJob: (job: ProvisionerJob) => void
  onCancelJob: (job: ProvisionerJob) => void
  canCancel: (job: ProvisionerJob) => CancelAbility
  height?: string
}

const HEADER_HEIGHT = 40

export function JobsTable(props: JobsTableProps) {
  const { jobs, selection, outcomes, onOpenJob, onCancelJob, canCancel } = props
  const scroller = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders us itself
  const virtualizer = useVirtualizer({
    count: jobs.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => jobs[index].id,
    overscan: 12,
    scrollPaddingStart: HEADER_HEIGHT,
  })
  // When new jobs arrive at the top while the admin reads further down, shift the scroll
  // offset by the rows inserted above so the row under their eyes stays put.
  const anchor = useRef<{ id: string; index: number } | undefined>(undefined)
  const rememberAnchor = () => {
    const top = scroller.current?.scrollTop ?? 0
    const index = Math.floor(top / ROW_HEIGHT)
    anchor.current = top > 0 && jobs[index] ? { id: jobs[index].id, index } : undefined
  }
  useLayoutEffect(() => {
    const el = scroller.current
    const previous = anchor.current
    if (!el || !previous) return
    const index = jobs.findIndex((j) => j.id === previous.id)
    if (index >= 0 && index !== previous.index) {
      el.scrollTop += (index - previous.index) * ROW_HEIGHT
    }
    anchor.current = index >= 0 ? { id: previous.id, index } : undefined
  }, [jobs])
  const indexById = useMemo(() => new Map(jobs.map((j, i) => [j.id, i])), [jobs])
  const activeIndex = selection.activeId ? indexById.get(selection.activeId) : undefined
  useEffect(() => {
    if (activeIndex !== undefined) virtualizer.scrollToIndex(activeIndex, { align: 'auto' })
  }, [activeIndex, virtualizer])

  const { toggle } = selection
  const handleToggle = useCallback((id: string, range: boolean) => toggle(id, { range }), [toggle])
  const gridStyle = { gridTemplateColumns: GRID_COLUMNS, minWidth: MIN_TABLE_WIDTH }

  return (
    <div
      ref={scroller}
      className={classes.scroller}
      style={{
        // Short lists shrink to fit; long ones scroll inside a viewport-sized box.
        height: `min(${HEADER_HEIGHT + jobs.length * ROW_HEIGHT + 2}px, ${props.height ?? 'max(420px, calc(100vh - 200px))'})`,
      }}
      role="table"
      aria-label="Provisioner jobs"
      aria-rowcount={jobs.length + 1}
      onScroll={rememberAnchor}
    >
      <div role="rowgroup" className={classes.header} style={gridStyle}>
        <div role="row" aria-rowindex={1} style={{ display: 'contents' }}>
          <div role="columnheader" className={classes.cell}>
            <Checkbox
              aria-label="Select all visible jobs"
              checked={selection.visibleState === 'all'}
              indeterminate={selection.visibleState === 'some'}
              onChange={selection.toggleAllVisible}
              disabled={jobs.length === 0}
            />
          </div>
          {columnHeaders.map((name) => (
            <div key={name} role="columnheader" className={classes.cell}>
              {name}
            </div>
          ))}
          <div role="columnheader" className={classes.cell}>
            <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden' }}>
              Actions
            </span>
          </div>
        </div>
      </div>
      <div
        role="rowgroup"
        style={{
          position: 'relative',
          height: virtualizer.getTotalSize(),
          minWidth: MIN_TABLE_WIDTH,
        }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const job = jobs[item.index]
          return (
            <JobRow
              key={item.key}
              job={job}
              rowIndex={item.index + 2}
              style={{ ...gridStyle, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              isSelected={selection.isSelected(job.id)}
              isActive={selection.activeId === job.id}
              outcome={outcomes?.get(job.id)}
              cancel={canCancel(job)}
              onToggle={handleToggle}
              onOpen={onOpenJob}
              onCancel={onCancelJob}
            />
          )
        })}
      </div>
    </div>
  )
}
