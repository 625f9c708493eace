import type { Page } from '@playwright/test'
import { expect, MEMBER, signIn, test } from './fixtures.ts'

const uniqueName = (prefix: string) => `${prefix}-${Date.now().toString(36)}`

async function createOrganization(page: Page, name: string, displayName: string) {
  await page.goto('/organizations')
  await page.getByRole('link', { name: 'New organization' }).click()
  await page.getByLabel(/^Name/).fill(name)
  await page.getByLabel('Display name').fill(displayName)
  await page.getByLabel('Description').fill('Made by the e2e suite')
  await page.getByRole('button', { name: 'Create organization' }).click()
  await expect(page).toHaveURL(new RegExp(`/organizations/${name}$`))
}

// Several full page loads per test on a shared 2-core machine.
test.describe.configure({ timeout: 60_000 })

test.beforeEach(async ({ page }, testInfo) => {
  if (!testInfo.title.startsWith('a member')) await signIn(page)
})

test('create an organization and find it in the list', async ({ page }) => {
  const name = uniqueName('team')
  await createOrganization(page, name, 'Team Rocket')
  await expect(page.getByRole('heading', { name: 'Team Rocket' })).toBeVisible()

  await page.goto(`/organizations?q=${name}`)
  await expect(page.getByRole('link', { name: 'Team Rocket' })).toBeVisible()
  await expect(page.getByRole('row')).toHaveCount(2)
})

test('rename an organization and clear its description', async ({ page }) => {
  const name = uniqueName('old')
  await createOrganization(page, name, 'Old Name')
  await page.getByLabel(/^Name/).fill(`${name}-new`)
  await page.getByLabel('Description').fill('')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page).toHaveURL(new RegExp(`/organizations/${name}-new$`))
  await page.reload()
  await expect(page.getByLabel(/^Name/)).toHaveValue(`${name}-new`)
  await expect(page.getByLabel('Description')).toHaveValue('')
  await page.goto(`/organizations/${name}`)
  await expect(page.getByText('Organization not found')).toBeVisible()
})

test('a duplicate name is refused on the name field', async ({ page }) => {
  await page.goto('/organizations/new')
  await page.getByLabel(/^Name/).fill('coder')
  await page.getByRole('button', { name: 'Create organization' }).click()
  await expect(page.getByText(/Organization already exists/)).toBeVisible()
  await expect(page.getByLabel(/^Name/)).toHaveAttribute('aria-invalid', 'true')
  await expect(page).toHaveURL(/\/organizations\/new$/)
})

test('the reserved name "default" is refused before anything is sent', async ({ page }) => {
  const posts: string[] = []
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/api/v2/organizations')) posts.push(r.url())
  })
  await page.goto('/organizations/new')
  await page.getByLabel(/^Name/).fill('default')
  await expect(page.getByText('"default" is a reserved name.')).toBeVisible()
  await page.getByRole('button', { name: 'Create organization' }).click()
  await expect(page).toHaveURL(/\/organizations\/new$/)
  expect(posts).toEqual([])
})

test('delete an organization after typing its name', async ({ page }) => {
  const name = uniqueName('gone')
  await createOrganization(page, name, 'Short Lived')
  await page.getByRole('button', { name: 'Delete organization…' }).click()
  const dialog = page.getByRole('dialog')
  const confirm = dialog.getByRole('button', { name: 'Delete organization' })
  await expect(confirm).toBeDisabled()
  await dialog.getByLabel('Organization name').fill(name)
  await confirm.click()
  await expect(page).toHaveURL(/\/organizations$/)
  await expect(page.getByRole('link', { name: 'Short Lived' })).toHaveCount(0)
})

test('the default organization cannot be deleted', async ({ page }) => {
  await page.goto('/organizations/coder')
  await expect(page.getByRole('button', { name: 'Delete organization…' })).toBeDisabled()
  await expect(page.getByLabel('The default organization cannot be deleted.')).toBeVisible()
})

test("Coder's answer is shown in full when resources remain", async ({ page, emulator }) => {
  const name = uniqueName('busy')
  await createOrganization(page, name, 'Busy Org')
  await emulator.createJobs({ organization: name, count: 1, type: 'template_version_import' })
  await page.getByRole('button', { name: 'Delete organization…' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Organization name').fill(name)
  await dialog.getByRole('button', { name: 'Delete organization' }).click()
  const alert = dialog.getByRole('alert')
  await expect(alert).toContainText('Error deleting organization.')
  await expect(alert).toContainText(/template/)
  await expect(page).toHaveURL(new RegExp(`/organizations/${name}$`))
})

test('a member sees why they cannot create or change organizations', async ({ page }) => {
  await signIn(page, MEMBER)
  await page.goto('/organizations')
  await expect(page.getByRole('button', { name: 'New organization' })).toBeDisabled()
  await page.getByLabel('Only deployment owners can create organizations.').hover()
  await expect(page.getByRole('tooltip')).toHaveText(
    'Only deployment owners can create organizations.',
  )
  await page.goto('/organizations/coder')
  await expect(page.getByText('You need the owner or organization admin role')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Save changes' })).toBeDisabled()
})
