import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { renderWithProviders } from '../../../test/render'
import { emptyFilter, type JobFilter } from '../filter'
import { FilterBar } from './FilterBar'

// Holds the filter like the URL does, and exposes it so tests can check what was applied.
function Harness({ initial = emptyFilter }: { initial?: JobFilter }) {
  const [filter, setFilter] = useState(initial)
  return (
    <>
      <FilterBar filter={filter} onFilterChange={setFilter} templates={['docker', 'k8s']} />
      <output aria-label="applied filter">{JSON.stringify(filter)}</output>
    </>
  )
}

const applied = () =>
  JSON.parse(screen.getByLabelText('applied filter').textContent ?? '{}') as JobFilter
const searchBox = () => screen.getByRole('textbox', { name: 'Search jobs' })

describe('FilterBar', { timeout: 20_000 }, () => {
  it('rewrites the search text when a status chip is toggled', async () => {
    const user = userEvent.setup()
    renderWithProviders(<Harness />)
    await user.click(screen.getByRole('checkbox', { name: 'Pending' }))
    await user.click(screen.getByRole('checkbox', { name: 'Running' }))
    expect(applied().status).toEqual(['pending', 'running'])
    expect(searchBox()).toHaveValue('status:pending,running')
  })

  it('applies typed text on Enter and reflects it in the chips', async () => {
    const user = userEvent.setup()
    renderWithProviders(<Harness />)
    await user.type(searchBox(), 'status:failed initiator:prebuilds template:docker{Enter}')
    expect(applied()).toMatchObject({
      status: ['failed'],
      initiator: 'prebuilds',
      template: ['docker'],
    })
    expect(screen.getByRole('checkbox', { name: 'Failed' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Pending' })).not.toBeChecked()
    const chips = screen.getByRole('group', { name: 'Active filters' })
    expect(within(chips).getByText('Initiator: prebuilds')).toBeInTheDocument()
  })

  it('names the bad term and keeps both the text and the filter', async () => {
    const user = userEvent.setup()
    renderWithProviders(<Harness initial={{ ...emptyFilter, status: ['running'] }} />)
    await user.clear(searchBox())
    await user.type(searchBox(), 'status:pendng{Enter}')
    expect(searchBox()).toHaveAccessibleDescription(/pendng/)
    expect(searchBox()).toBeInvalid()
    expect(searchBox()).toHaveValue('status:pendng')
    expect(applied().status).toEqual(['running'])
  })

  it('applies a preset and removes a filter through its chip', async () => {
    const user = userEvent.setup()
    renderWithProviders(<Harness />)
    await user.click(screen.getByRole('button', { name: 'Pending prebuilds' }))
    expect(applied()).toMatchObject({ status: ['pending'], initiator: 'prebuilds' })
    expect(screen.getByRole('button', { name: 'Pending prebuilds' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await user.click(screen.getByRole('button', { name: 'Remove Initiator: prebuilds' }))
    expect(applied().initiator).toBeUndefined()
    expect(searchBox()).toHaveValue('status:pending')
    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(applied()).toEqual(emptyFilter)
    expect(searchBox()).toHaveValue('')
  })
})
