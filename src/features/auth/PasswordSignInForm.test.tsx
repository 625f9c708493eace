import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderWithProviders } from '../../test/render'
import { PasswordSignInForm } from './PasswordSignInForm'

const jsonResponse = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

afterEach(() => vi.restoreAllMocks())

describe('PasswordSignInForm', () => {
  it("shows Coder's 401 message and keeps what was typed", async () => {
    const fetchMock = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValue(jsonResponse(401, { message: 'Incorrect email or password.' }))
    const onSignedIn = vi.fn()
    renderWithProviders(<PasswordSignInForm onSignedIn={onSignedIn} />)
    const user = userEvent.setup({ delay: null })
    await user.type(screen.getByLabelText('Email'), 'admin@coder.com')
    await user.type(screen.getByLabelText('Password'), 'wrong')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Incorrect email or password.')
    expect(onSignedIn).not.toHaveBeenCalled()
    expect(screen.getByLabelText('Email')).toHaveValue('admin@coder.com')
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/v2/users/login')
    expect(JSON.parse(String(init?.body))).toEqual({ email: 'admin@coder.com', password: 'wrong' })
  })

  it('shows the detail of a 403 too', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      jsonResponse(403, {
        message: 'Incorrect login type',
        detail: 'Use single sign-on for this account.',
      }),
    )
    renderWithProviders(<PasswordSignInForm onSignedIn={vi.fn()} />)
    const user = userEvent.setup({ delay: null })
    await user.type(screen.getByLabelText('Email'), 'sso@coder.com')
    await user.type(screen.getByLabelText('Password'), 'x')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Incorrect login type')
    expect(alert).toHaveTextContent('Use single sign-on for this account.')
  })

  it('calls onSignedIn after a 201', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(jsonResponse(201, { session_token: 'a-b' }))
    const onSignedIn = vi.fn()
    renderWithProviders(<PasswordSignInForm onSignedIn={onSignedIn} />)
    const user = userEvent.setup({ delay: null })
    await user.type(screen.getByLabelText('Email'), 'admin@coder.com')
    await user.type(screen.getByLabelText('Password'), 'SomeSecurePassword!')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalled())
  })
})
