import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import type { Organization } from '../../api/types'
import { renderWithRouter } from '../../test/render'
import { OrganizationsTable } from './OrganizationsTable'

const MockOrganization: Organization = {
  id: '3b0c7a4e-0000-4000-8000-000000000001',
  name: 'coder',
  display_name: 'Coder',
  description: 'Builtin default organization.',
  icon: '',
  created_at: '2026-01-02T03:04:05.000Z',
  updated_at: '2026-01-02T03:04:05.000Z',
  is_default: true,
}
const MockTeamOrganization: Organization = {
  ...MockOrganization,
  id: '3b0c7a4e-0000-4000-8000-000000000002',
  name: 'data-team',
  display_name: 'Data <b>Team</b>',
  description: '<img src=x onerror=alert(1)> numbers',
  icon: 'javascript:alert(1)',
  is_default: false,
}

function Harness({ initial = '' }: { initial?: string }) {
  const [filter, setFilter] = useState(initial)
  return (
    <OrganizationsTable
      organizations={[MockTeamOrganization, MockOrganization]}
      filter={filter}
      onFilterChange={setFilter}
    />
  )
}

describe('OrganizationsTable', () => {
  it('lists the default organization first, with its badge and a link', async () => {
    await renderWithRouter(<Harness />)
    const links = screen.getAllByRole('link')
    expect(links.map((l) => l.textContent)).toEqual(['Coder', 'Data <b>Team</b>'])
    expect(links[0]).toHaveAttribute('href', '/organizations/coder')
    expect(screen.getByText('Default')).toBeInTheDocument()
  })

  it('renders names and descriptions as text, never as HTML', async () => {
    await renderWithRouter(<Harness />)
    expect(screen.getByText('<img src=x onerror=alert(1)> numbers')).toBeInTheDocument()
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
  })

  it('filters by text and offers to clear a filter that hides everything', async () => {
    await renderWithRouter(<Harness />)
    const user = userEvent.setup({ delay: null })
    await user.type(screen.getByLabelText('Filter organizations'), 'numbers')
    expect(screen.getAllByRole('link').map((l) => l.textContent)).toEqual(['Data <b>Team</b>'])
    await user.type(screen.getByLabelText('Filter organizations'), 'zzz')
    expect(screen.getByText('No organization matches “numberszzz”')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Clear filter' }))
    expect(screen.getAllByRole('link')).toHaveLength(2)
  })
})
