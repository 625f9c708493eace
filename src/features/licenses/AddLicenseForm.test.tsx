import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderWithProviders } from '../../test/render'
import { AddLicenseForm } from './AddLicenseForm'
import { fakeLicense, fakeLicenseClaims } from './testLicense'

const DEPLOYMENT_ID = 'dep-1234'
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

let uploadAnswer: () => Response
const posts: unknown[] = []

beforeEach(() => {
  posts.length = 0
  uploadAnswer = () =>
    json({ id: 7, uuid: 'u', uploaded_at: new Date().toISOString(), claims: {} }, 201)
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = String(input)
    if (url.endsWith('/buildinfo')) return json({ deployment_id: DEPLOYMENT_ID })
    if (url.endsWith('/entitlements'))
      return json({ features: {}, warnings: [], errors: [], has_license: false })
    if (url.endsWith('/licenses') && init?.method === 'POST') {
      posts.push(JSON.parse(String(init.body)))
      return uploadAnswer()
    }
    return json({ features: {} })
  })
})
afterEach(() => vi.restoreAllMocks())

const setup = () => {
  const onUploaded = vi.fn()
  renderWithProviders(<AddLicenseForm onUploaded={onUploaded} />)
  return { onUploaded, user: userEvent.setup() }
}

const fileInput = () => {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')
  if (!input) throw new Error('no file input')
  return input
}

describe('AddLicenseForm', () => {
  it('previews a pasted license and uploads it', async () => {
    const { user, onUploaded } = setup()
    const jwt = fakeLicense(
      fakeLicenseClaims(new Date(), { account_id: 'acme-corp', features: { user_limit: 42 } }),
    )
    await user.click(screen.getByLabelText('License text'))
    await user.paste(jwt)
    const preview = await screen.findByLabelText('License preview')
    expect(preview).toHaveTextContent('acme-corp')
    expect(preview).toHaveTextContent('Up to 42 users')
    expect(preview).toHaveTextContent('Premium')
    await user.click(screen.getByRole('button', { name: 'Upload license' }))
    await waitFor(() => expect(onUploaded).toHaveBeenCalled())
    expect(posts).toEqual([{ license: jwt }])
  })

  it('explains text that is not a license and sends nothing', async () => {
    const { user } = setup()
    await user.type(screen.getByLabelText('License text'), 'hello there')
    expect(screen.getByText(/not a Coder license/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Upload license' })).toBeDisabled()
    expect(posts).toEqual([])
  })

  it('takes a picked file and warns about the wrong deployment', async () => {
    const { user } = setup()
    const claims = fakeLicenseClaims(new Date(), { deployment_ids: ['somewhere-else'] })
    await user.upload(fileInput(), new File([fakeLicense(claims)], 'acme.jwt'))
    expect(await screen.findByText(/locked to somewhere-else/)).toHaveTextContent(DEPLOYMENT_ID)
    expect(screen.getByText('Loaded from acme.jwt')).toBeInTheDocument()
  })

  it('refuses binary and empty files before any request, keeping pasted text', async () => {
    const { user } = setup()
    await user.type(screen.getByLabelText('License text'), 'draft')
    await user.upload(fileInput(), new File([new Uint8Array([0, 1, 2, 255])], 'photo.png'))
    expect(await screen.findByRole('alert')).toHaveTextContent('“photo.png” is a binary file')
    await user.upload(fileInput(), new File([], 'blank.jwt'))
    expect(await screen.findByRole('alert')).toHaveTextContent('“blank.jwt” is empty.')
    expect(screen.getByLabelText('License text')).toHaveValue('draft')
    expect(posts).toEqual([])
  })

  it("shows Coder's message and detail when the upload is refused", async () => {
    uploadAnswer = () =>
      json({ message: 'Invalid license', detail: 'no key with ID 2022-08-12' }, 400)
    const { user, onUploaded } = setup()
    await user.click(screen.getByLabelText('License text'))
    await user.paste(fakeLicense(fakeLicenseClaims(new Date())))
    await user.click(screen.getByRole('button', { name: 'Upload license' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Invalid license')
    expect(alert).toHaveTextContent('no key with ID 2022-08-12')
    expect(onUploaded).not.toHaveBeenCalled()
  })
})
