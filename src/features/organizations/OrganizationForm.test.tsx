import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../api/errors'
import { renderWithProviders } from '../../test/render'
import { OrganizationForm } from './OrganizationForm'

const renderForm = (onSubmit = vi.fn().mockResolvedValue(undefined)) => {
  renderWithProviders(<OrganizationForm submitLabel="Create organization" onSubmit={onSubmit} />)
  return { onSubmit, user: userEvent.setup({ delay: null }) }
}

describe('OrganizationForm', () => {
  it('checks Coder name rules while typing', async () => {
    const { user } = renderForm()
    const name = screen.getByLabelText(/^Name/)
    await user.type(name, 'team--a')
    expect(screen.getByText(/single hyphens only/)).toBeInTheDocument()
    await user.clear(name)
    await user.type(name, 'New')
    expect(screen.getByText('"New" is a reserved name.')).toBeInTheDocument()
    await user.clear(name)
    await user.click(name)
    await user.paste('a'.repeat(33))
    expect(screen.getByText('Name must be at most 32 characters.')).toBeInTheDocument()
    await user.clear(name)
    await user.type(name, 'platform-team')
    expect(name).not.toHaveAttribute('aria-invalid', 'true')
  }, 15_000)

  it('refuses a display name with outer spaces and does not submit', async () => {
    const { user, onSubmit } = renderForm()
    await user.type(screen.getByLabelText(/^Name/), 'ok')
    await user.type(screen.getByLabelText('Display name'), ' Padded')
    expect(screen.getByText('Display name cannot start or end with a space.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Create organization' }))
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it("puts Coder's validations on the matching fields", async () => {
    const error = new ApiError(400, {
      message: 'Validation failed.',
      validations: [{ field: 'display_name', detail: 'Validation failed for tag "x".' }],
    })
    const { user } = renderForm(vi.fn().mockRejectedValue(error))
    await user.type(screen.getByLabelText(/^Name/), 'ok')
    await user.type(screen.getByLabelText('Display name'), 'Fine')
    await user.click(screen.getByRole('button', { name: 'Create organization' }))
    const displayName = await screen.findByLabelText('Display name')
    expect(displayName).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByText('Validation failed for tag "x".')).toBeInTheDocument()
    // Typed values survive the failed request.
    expect(displayName).toHaveValue('Fine')
  })

  it('shows a 409 on the name field', async () => {
    const error = new ApiError(409, { message: 'Organization already exists with that name.' })
    const { user, onSubmit } = renderForm(vi.fn().mockRejectedValue(error))
    await user.type(screen.getByLabelText(/^Name/), 'taken')
    await user.click(screen.getByRole('button', { name: 'Create organization' }))
    expect(
      await screen.findByText('Organization already exists with that name.'),
    ).toBeInTheDocument()
    expect(screen.getByLabelText(/^Name/)).toHaveAttribute('aria-invalid', 'true')
    expect(onSubmit).toHaveBeenCalledWith({
      name: 'taken',
      display_name: '',
      description: '',
      icon: '',
    })
  })

  it('shows an error that names no field above the buttons, with its detail', async () => {
    const error = new ApiError(403, {
      message: 'Multiple Organizations is a Premium feature. Contact sales!',
    })
    const { user } = renderForm(vi.fn().mockRejectedValue(error))
    await user.type(screen.getByLabelText(/^Name/), 'ok')
    await user.click(screen.getByRole('button', { name: 'Create organization' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Premium feature')
    expect(screen.getByLabelText(/^Name/)).not.toHaveAttribute('aria-invalid', 'true')
  })
})
