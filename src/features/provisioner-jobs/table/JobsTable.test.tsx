import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ProvisionerJob } from '../../../api/types'
import { userQueries } from '../../../api/users'
import { createTestQueryClient, renderWithProviders } from '../../../test/render'
import type { CancelOutcome } from '../bulk/engine'
import { MockProvisionerJob, mockJobs } from '../selection/mockJobs'
import { useJobSelection } from '../selection/useJobSelection'
import type { CancelAbility } from './columns'
import { JobsTable } from './JobsTable'
import { safeImageSrc } from '../../../lib/safeUrl'

const alice = '22222222-2222-4222-8222-222222222222'
const running: ProvisionerJob = {
  ...MockProvisionerJob,
  id: '00000000-0000-4000-8000-00000000aaaa',
  status: 'failed',
  initiator_id: alice,
  error: 'terraform apply failed',
  metadata: {
    ...MockProvisionerJob.metadata,
    template_display_name: 'Kubernetes Pod',
    template_icon: 'javascript:alert(1)',
    workspace_name: 'alice-ws',
  },
}
const pending: ProvisionerJob = { ...MockProvisionerJob, queue_position: 3, queue_size: 7 }

function Harness(props: {
  jobs: ProvisionerJob[]
  outcomes?: Map<string, CancelOutcome>
  onOpen?: (j: ProvisionerJob) => void
  onCancel?: (j: ProvisionerJob) => void
}) {
  const selection = useJobSelection(props.jobs, 'k')
  const canCancel = (job: ProvisionerJob): CancelAbility =>
    job.status === 'pending'
      ? { allowed: true }
      : { allowed: false, reason: 'Only pending or running jobs can be canceled' }
  return (
    <>
      <JobsTable
        jobs={props.jobs}
        selection={selection}
        outcomes={props.outcomes}
        onOpenJob={props.onOpen ?? (() => {})}
        onCancelJob={props.onCancel ?? (() => {})}
        canCancel={canCancel}
        height="600px"
      />
      <output aria-label="selected count">{selection.count}</output>
    </>
  )
}

function renderTable(props: Parameters<typeof Harness>[0]) {
  const queryClient = createTestQueryClient()
  queryClient.setQueryData(userQueries.detail(alice).queryKey, {
    id: alice,
    username: 'alice',
    name: 'Alice Liddell',
  } as never)
  return renderWithProviders(<Harness {...props} />, { queryClient })
}

// jsdom has no layout; give the scroller a viewport so the virtualizer renders a window.
beforeEach(() => {
  const height = vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600)
  const width = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1400)
  return () => {
    height.mockRestore()
    width.mockRestore()
  }
})

const rowFor = (id: string) => screen.getByRole('row', { name: new RegExp(id) })

describe('JobsTable', { timeout: 20_000 }, () => {
  it('shows status, initiator, template, queue and a safe template icon fallback', () => {
    renderTable({ jobs: [pending, running] })
    const pendingRow = within(rowFor(pending.id))
    expect(pendingRow.getByText('Pending')).toBeInTheDocument()
    expect(pendingRow.getByText('prebuilds')).toBeInTheDocument()
    expect(pendingRow.getByText('3 / 7')).toBeInTheDocument()
    expect(pendingRow.getByText('Docker')).toBeInTheDocument()

    const failedRow = within(rowFor(running.id))
    expect(failedRow.getByText('Failed')).toBeInTheDocument()
    expect(failedRow.getByText('alice')).toBeInTheDocument()
    expect(failedRow.getByText('alice-ws')).toBeInTheDocument()
    // javascript: icons are never loaded; the template's initials stand in.
    expect(failedRow.getByText('KP')).toBeInTheDocument()
    expect(failedRow.queryByRole('img')).not.toBeInTheDocument()
  })

  it('disables cancel for a finished job and explains why', async () => {
    const user = userEvent.setup()
    const onCancel = vi.fn()
    renderTable({ jobs: [pending, running], onCancel })
    const blocked = within(rowFor(running.id)).getByRole('button', { name: 'Cancel job' })
    expect(blocked).toHaveAttribute('aria-disabled', 'true')
    await user.hover(blocked)
    expect(
      await screen.findByText('Only pending or running jobs can be canceled'),
    ).toBeInTheDocument()
    await user.click(blocked)
    expect(onCancel).not.toHaveBeenCalled()
    await user.click(within(rowFor(pending.id)).getByRole('button', { name: 'Cancel job' }))
    expect(onCancel).toHaveBeenCalledWith(pending)
  })

  it('shows the per-job bulk outcome as it lands', () => {
    const outcomes = new Map<string, CancelOutcome>([
      [pending.id, { job: pending, result: 'canceled', attempts: 1 }],
      [
        running.id,
        { job: running, result: 'failed', reason: 'Job has already completed!', attempts: 1 },
      ],
    ])
    renderTable({ jobs: [pending, running], outcomes })
    expect(within(rowFor(pending.id)).getByText('Cancel sent')).toBeInTheDocument()
    expect(within(rowFor(running.id)).getByText('Cancel failed')).toBeInTheDocument()
  })

  it('selects a range with shift-click and opens a job on row click', async () => {
    const user = userEvent.setup()
    const onOpen = vi.fn()
    const jobs = mockJobs(8)
    renderTable({ jobs, onOpen })
    await user.click(screen.getByRole('checkbox', { name: `Select job ${jobs[1].id}` }))
    await user.keyboard('{Shift>}')
    await user.click(screen.getByRole('checkbox', { name: `Select job ${jobs[4].id}` }))
    await user.keyboard('{/Shift}')
    expect(screen.getByLabelText('selected count')).toHaveTextContent('4')
    expect(onOpen).not.toHaveBeenCalled()
    await user.click(within(rowFor(jobs[6].id)).getByText('Docker'))
    expect(onOpen).toHaveBeenCalledWith(jobs[6])
  })

  it('renders only a window of a 10,000-row queue', () => {
    renderTable({ jobs: mockJobs(10_000) })
    const table = screen.getByRole('table', { name: 'Provisioner jobs' })
    expect(table).toHaveAttribute('aria-rowcount', '10001')
    const rows = screen.getAllByRole('row')
    expect(rows.length).toBeGreaterThan(10)
    expect(rows.length).toBeLessThan(100)
  })
})

describe('template icons (safeImageSrc)', () => {
  it('keeps http(s) and same-origin paths only', () => {
    expect(safeImageSrc('/icon/docker.png')).toBe('/icon/docker.png')
    expect(safeImageSrc('https://example.com/a.svg')).toBe('https://example.com/a.svg')
    expect(safeImageSrc('javascript:alert(1)')).toBeUndefined()
    expect(safeImageSrc('data:image/svg+xml,<svg/>')).toBeUndefined()
    expect(safeImageSrc('//evil.example/x.png')).toBeUndefined()
    expect(safeImageSrc('')).toBeUndefined()
  })
})
