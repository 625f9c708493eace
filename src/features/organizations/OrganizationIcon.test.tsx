import { fireEvent, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderWithProviders } from '../../test/render'
import { OrganizationIcon } from './OrganizationIcon'

describe('OrganizationIcon', () => {
  it('loads an https icon', () => {
    renderWithProviders(<OrganizationIcon name="team" icon="https://example.com/t.png" />)
    expect(screen.getByRole('img', { name: 'team icon' })).toHaveAttribute(
      'src',
      'https://example.com/t.png',
    )
  })

  it('loads a same-origin path', () => {
    renderWithProviders(<OrganizationIcon name="team" icon="/emojis/1f3e2.png" />)
    expect(screen.getByRole('img', { name: 'team icon' })).toHaveAttribute(
      'src',
      '/emojis/1f3e2.png',
    )
  })

  it.each(['javascript:alert(1)', 'data:image/svg+xml,<svg/>', '//evil.example/x.png'])(
    'never loads %s and shows initials instead',
    (icon) => {
      const { container } = renderWithProviders(
        <OrganizationIcon name="platform-team" displayName="Platform Team" icon={icon} />,
      )
      expect(screen.queryByRole('img')).not.toBeInTheDocument()
      expect(screen.getByText('PT')).toBeInTheDocument()
      expect(container.innerHTML).not.toContain(icon.slice(0, 10))
    },
  )

  it('falls back to initials when the image fails to load', () => {
    renderWithProviders(<OrganizationIcon name="ops" icon="https://example.com/missing.png" />)
    fireEvent.error(screen.getByRole('img', { name: 'ops icon' }))
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    expect(screen.getByText('OP')).toBeInTheDocument()
  })

  it('renders a name with markup as text', () => {
    renderWithProviders(<OrganizationIcon name="x" displayName="<b>Bold</b> Org" icon="" />)
    expect(screen.getByText('<O')).toBeInTheDocument()
  })
})
