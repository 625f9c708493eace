import type { Page } from '@playwright/test'
import { expect, signIn, test } from './fixtures.ts'
import {
  JOBS_PAGE,
  clickStatusChip,
  confirmDialog,
  createCoderJobs,
  expectJobsListed as expectListed,
  listJobsViaApi,
} from './jobs.ts'

// The whole bulk flow on the jobs page: filter a prebuild flood, select everything matching,
// cancel it, read the report; pause/resume reconciliation; a cancel run under injected faults.
const PREBUILDS_USER_ID = 'c42fdf75-3097-471c-8c33-fb52454d81c0'

const pendingJobsViaApi = (page: Page) => listJobsViaApi(page, { status: 'pending' })

async function selectAllMatchingAndConfirm(page: Page, count: number) {
  await page.getByRole('checkbox', { name: 'Select all visible jobs' }).check()
  await page.getByRole('button', { name: `Select all ${count} matching this filter` }).click()
  await expect(page.getByText(`All ${count} jobs matching this filter are selected`)).toBeVisible()
  await page.getByRole('button', { name: `Cancel ${count} jobs` }).click()
  const dialog = page.getByRole('dialog', { name: `Cancel ${count} selected jobs?` })
  await expect(dialog.getByText(`${count} pending jobs will be canceled`)).toBeVisible()
  await expect(dialog.getByRole('checkbox', { name: /Also cancel running jobs/ })).not.toBeChecked()
  await dialog.getByRole('button', { name: `Cancel ${count} jobs` }).click()
}

async function openReport(page: Page) {
  await page.getByRole('button', { name: 'View report' }).click()
  return page.getByRole('dialog', { name: 'Bulk cancel report' })
}

test.beforeEach(async ({ page }) => {
  await signIn(page)
})

test('a prebuild flood is filtered, selected as a whole and canceled, leaving human jobs', async ({
  page,
  emulator,
}) => {
  test.setTimeout(90_000)
  await createCoderJobs(emulator, { count: 5, status: 'pending', initiator: 'admin' })
  await createCoderJobs(emulator, { count: 60, status: 'pending', initiator: 'prebuilds' })
  await createCoderJobs(emulator, { count: 3, status: 'pending', initiator: 'member' })

  await page.goto(JOBS_PAGE)
  // 68 pending plus the template import that backs them.
  await expectListed(page, 69)

  // By chips: status "Pending" and initiator "Prebuilds".
  await clickStatusChip(page, 'Pending')
  await page.getByRole('textbox', { name: 'Initiator' }).click()
  await page.getByRole('option', { name: 'Prebuilds (system)' }).click()
  await expect(page).toHaveURL(/status=pending/)
  await expect(page).toHaveURL(/initiator=prebuilds/)
  await expectListed(page, 60)

  // By search: the same filter typed into the search box.
  await page.goto(JOBS_PAGE)
  await expectListed(page, 69)
  const search = page.getByRole('textbox', { name: 'Search jobs' })
  await search.fill('status:pending initiator:prebuilds')
  await search.press('Enter')
  await expect(page).toHaveURL(/initiator=prebuilds/)
  await expectListed(page, 60)

  await selectAllMatchingAndConfirm(page, 60)
  const report = await openReport(page)
  await expect(report.getByText('Total 60')).toBeVisible({ timeout: 30_000 })
  await expect(report.getByText('Canceled 60')).toBeVisible()
  await expect(report.getByText('Every job was canceled.')).toBeVisible()
  await report.getByRole('button', { name: 'Close' }).click()

  // The list refreshes at the end: no pending prebuild job is left.
  await expect(page.getByText('No jobs match this filter')).toBeVisible()
  const pending = await pendingJobsViaApi(page)
  expect(pending).toHaveLength(8)
  expect(pending.filter((j) => j.initiator_id === PREBUILDS_USER_ID)).toEqual([])
})

test('prebuild reconciliation is paused and resumed, with an app-wide banner', async ({ page }) => {
  await page.goto(JOBS_PAGE)
  const control = page.getByRole('region', { name: 'Prebuild reconciliation' })
  await expect(control.getByText('Running')).toBeVisible()
  await control.getByRole('button', { name: 'Pause reconciliation' }).click()
  await confirmDialog(page, 'Pause prebuild reconciliation?', 'Pause reconciliation')

  const banner = page.getByText('Prebuild reconciliation is paused.')
  await expect(banner).toBeVisible()
  await expect(control.getByText('Paused')).toBeVisible()

  // The banner follows the admin to other pages.
  await page.goto('/organizations')
  await expect(banner).toBeVisible()
  await page.getByRole('button', { name: 'Resume', exact: true }).click()
  await confirmDialog(page, 'Resume prebuild reconciliation?', 'Resume reconciliation')
  await expect(banner).toBeHidden()

  const settings = await page.request.get('/api/v2/prebuilds/settings')
  expect(await settings.json()).toEqual({ reconciliation_paused: false })
})

test('a cancel under injected 503s reports the failures, and "Retry failed" finishes the job', async ({
  page,
  emulator,
}) => {
  test.setTimeout(120_000)
  await createCoderJobs(emulator, { count: 8, status: 'pending', initiator: 'prebuilds' })
  await page.goto(`${JOBS_PAGE}?status=pending&initiator=prebuilds`)
  await expectListed(page, 8)

  // Every cancel request fails; listing still works.
  await emulator.faults({ rate: 1, status: 503, path: '/cancel' })
  await selectAllMatchingAndConfirm(page, 8)
  await expect(page.getByRole('button', { name: 'Retry 8 failed' })).toBeVisible({
    timeout: 60_000,
  })

  const report = await openReport(page)
  await expect(report.getByText('Total 8')).toBeVisible()
  await expect(report.getByText('Failed 8')).toBeVisible()
  await expect(
    report.getByRole('table', { name: 'Jobs not canceled' }).getByRole('row'),
  ).toHaveCount(9)
  await expect(report.getByText(/503: Service unavailable/).first()).toBeVisible()

  await emulator.faults({ rate: 0 })
  await report.getByRole('button', { name: 'Retry 8 failed' }).click()
  await expect(page.getByText('Canceled 8 of 8 jobs').first()).toBeVisible({ timeout: 30_000 })
  const after = await openReport(page)
  await expect(after.getByText('Canceled 8')).toBeVisible()
  await expect(after.getByText('Failed 0')).toBeVisible()
  expect(await pendingJobsViaApi(page)).toEqual([])
})

test('the flood runbook: pause, drain pending prebuild jobs, see the push command, resume', async ({
  page,
  emulator,
}) => {
  test.setTimeout(90_000)
  await createCoderJobs(emulator, { count: 3, status: 'pending', initiator: 'member' })
  await createCoderJobs(emulator, { count: 30, status: 'pending', initiator: 'prebuilds' })
  await page.goto(JOBS_PAGE)
  const panel = page.getByRole('region', { name: 'Recover from a prebuild flood' })
  await panel.getByRole('button', { name: /Recover from a prebuild flood/ }).click()
  const step = (n: number) => panel.getByRole('group', { name: new RegExp(`^Step ${n}:`) })

  await step(1).getByRole('button', { name: 'Pause reconciliation' }).click()
  await confirmDialog(page, 'Pause prebuild reconciliation?', 'Pause reconciliation')
  await expect(step(1)).toContainText('Paused')

  await expect(step(2)).toContainText('30 pending prebuild jobs now.')
  await expect(step(3).getByLabel('Push command')).toHaveText(
    /^coder templates push \S+ -d \.\/\S+ --org coder$/,
  )
  await step(2).getByRole('button', { name: 'Cancel pending prebuild jobs' }).click()
  await confirmDialog(page, 'Cancel all pending prebuild jobs?', 'Cancel pending prebuild jobs')
  await expect(step(2)).toContainText('0 pending prebuild jobs now.', { timeout: 30_000 })
  await expect(page.getByText('Canceled 30 of 30 jobs').first()).toBeVisible()

  const pending = await pendingJobsViaApi(page)
  expect(pending).toHaveLength(3)
  expect(pending.filter((j) => j.initiator_id === PREBUILDS_USER_ID)).toEqual([])

  await step(4).getByRole('button', { name: 'Resume reconciliation' }).click()
  await confirmDialog(page, 'Resume prebuild reconciliation?', 'Resume reconciliation')
  await expect(page.getByText('Prebuild reconciliation is paused.')).toBeHidden()
})
