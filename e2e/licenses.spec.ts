import { generateKeyPairSync } from 'node:crypto'
import type { Page } from '@playwright/test'
import { signJwt } from '../emulator/licenseKeys.ts'
import { generateLicense, licenseClaims, type LicenseOptions } from '../emulator/seed/license.ts'
import { expect, signIn, test } from './fixtures.ts'

// Licenses are signed with the key the e2e server keeps in its DATA_DIR (see playwright.config.ts).
const dataDir = process.env.E2E_DATA_DIR ?? '.data/e2e'
const license = (options: LicenseOptions) => generateLicense(options, dataDir)

const cards = (page: Page) => page.getByRole('article')

async function openUpload(page: Page) {
  await page.getByRole('button', { name: 'Add a license' }).click()
  return page.getByRole('dialog', { name: 'Add a license' })
}

test.beforeEach(async ({ page }) => {
  await signIn(page)
  await page.goto('/deployment/licenses')
  await expect(cards(page)).toHaveCount(1)
})

test('upload a license by pasting its text', async ({ page }) => {
  const dialog = await openUpload(page)
  await dialog.getByLabel('License text').fill(license({ users: 250, accountId: 'paste-account' }))
  const preview = dialog.getByLabel('License preview')
  await expect(preview).toContainText('paste-account')
  await expect(preview).toContainText('Up to 250 users')
  await dialog.getByRole('button', { name: 'Upload license' }).click()
  await expect(dialog).toBeHidden()
  await expect(cards(page)).toHaveCount(2)
  await expect(page.getByRole('article', { name: 'License 2' })).toContainText('paste-account')
})

test('upload a license file, trial warning included', async ({ page }) => {
  const dialog = await openUpload(page)
  await dialog.locator('input[type="file"]').setInputFiles({
    name: 'trial.jwt',
    mimeType: 'text/plain',
    buffer: Buffer.from(license({ days: 14, trial: true, accountId: 'file-account' })),
  })
  await expect(dialog.getByText('Loaded from trial.jwt')).toBeVisible()
  await expect(dialog.getByText('This is a trial license.')).toBeVisible()
  await dialog.getByRole('button', { name: 'Upload license' }).click()
  await expect(page.getByRole('article', { name: 'License 2' })).toContainText('file-account')
})

test('reject a binary file and a license Coder refuses', async ({ page }) => {
  let uploads = 0
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api/v2/licenses')) uploads += 1
  })
  const dialog = await openUpload(page)
  await dialog.locator('input[type="file"]').setInputFiles({
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]),
  })
  await expect(dialog.getByRole('alert')).toContainText('“logo.png” is a binary file')
  expect(uploads).toBe(0)

  const stranger = generateKeyPairSync('ed25519').privateKey
  const forged = signJwt({ kid: 'not-ours', privateKey: stranger }, licenseClaims({}, new Date()))
  await dialog.getByLabel('License text').fill(forged)
  await dialog.getByRole('button', { name: 'Upload license' }).click()
  const refusal = dialog.getByRole('alert', { name: 'Coder did not accept this license' })
  await expect(refusal).toContainText('Invalid license')
  await expect(refusal).toContainText('no key with ID not-ours')

  await dialog
    .getByLabel('License text')
    .fill(license({ deploymentIds: ['some-other-deployment'] }))
  await expect(dialog.getByText(/locked to some-other-deployment/)).toBeVisible()
  await dialog.getByRole('button', { name: 'Upload license' }).click()
  await expect(refusal).toContainText('License cannot be used on this deployment!')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(cards(page)).toHaveCount(1)
})

test('remove a license after typing its ID', async ({ page }) => {
  await page
    .getByRole('article', { name: 'License 1' })
    .getByRole('button', { name: 'Remove' })
    .click()
  const dialog = page.getByRole('dialog', { name: 'Remove license #1?' })
  const confirm = dialog.getByRole('button', { name: 'Remove license' })
  await expect(confirm).toBeDisabled()
  await dialog.getByLabel('Type the license ID (1) to confirm').fill('1')
  await confirm.click()
  await expect(page.getByText('No licenses yet')).toBeVisible()
  await expect(cards(page)).toHaveCount(0)
})

test('refreshing twice asks to wait', async ({ page }) => {
  await page.getByRole('button', { name: 'Refresh entitlements' }).click()
  await expect(page.getByText('Entitlements updated')).toBeVisible()
  await page.getByRole('button', { name: 'Refresh entitlements' }).click()
  await expect(page.getByRole('button', { name: /Refresh in \d+ s/ })).toBeDisabled()
})
