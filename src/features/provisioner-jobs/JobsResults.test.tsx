import type { UseQueryResult } from '@tanstack/react-query'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../api/errors'
import type { JobsListResult } from '../../api/provisionerJobs'
import { renderWithProviders } from '../../test/render'
import { emptyFilter } from './filter'
import { JobsResults } from './JobsResults'
import type { JobSelectionApi } from './selection/useJobSelection'

type List = UseQueryResult<JobsListResult>
const loaded = (over: Partial<List> = {}) =>
  ({
    isPending: false,
    isError: false,
    isFetching: false,
    isPlaceholderData: false,
    data: { jobs: [], limit: 10_000, serverCount: 0, initiatorFilteredInBrowser: false },
    refetch: vi.fn(),
    ...over,
  }) as unknown as List

const tableProps = {
  selection: { isSelected: () => false, visibleState: 'none' } as unknown as JobSelectionApi,
  onOpenJob: () => {},
  onCancelJob: () => {},
  canCancel: () => ({ allowed: true as const }),
}

describe('JobsResults', { timeout: 20_000 }, () => {
  it('says there are no jobs when nothing is filtered', () => {
    renderWithProviders(
      <JobsResults
        list={loaded()}
        filter={emptyFilter}
        onClearFilters={() => {}}
        {...tableProps}
      />,
    )
    expect(screen.getByRole('heading', { name: 'No provisioner jobs' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument()
  })

  it('offers to clear a filter that matches nothing', async () => {
    const onClearFilters = vi.fn()
    renderWithProviders(
      <JobsResults
        list={loaded()}
        filter={{ ...emptyFilter, status: ['failed'] }}
        onClearFilters={onClearFilters}
        {...tableProps}
      />,
    )
    expect(screen.getByRole('heading', { name: 'No jobs match this filter' })).toBeInTheDocument()
    await userEvent.setup().click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(onClearFilters).toHaveBeenCalledOnce()
  })

  it("shows Coder's message and detail with a retry when the first load fails", async () => {
    const error = new ApiError(500, {
      message: 'Internal error fetching provisioner jobs.',
      detail: 'database is down',
    })
    const list = loaded({ isError: true, error, data: undefined } as Partial<List>)
    renderWithProviders(
      <JobsResults list={list} filter={emptyFilter} onClearFilters={() => {}} {...tableProps} />,
    )
    expect(screen.getByText('Internal error fetching provisioner jobs.')).toBeInTheDocument()
    expect(screen.getByText('database is down')).toBeInTheDocument()
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }))
    expect(list.refetch).toHaveBeenCalled()
  })

  it('shows a skeleton while the first page loads', () => {
    renderWithProviders(
      <JobsResults
        list={loaded({ isPending: true, data: undefined } as Partial<List>)}
        filter={emptyFilter}
        onClearFilters={() => {}}
        {...tableProps}
      />,
    )
    expect(screen.getByLabelText('Loading jobs')).toHaveAttribute('aria-busy', 'true')
  })
})
