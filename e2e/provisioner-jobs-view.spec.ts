import type { Page } from '@playwright/test'
import { expect, signIn, test } from './fixtures.ts'
import {
  JOBS_PAGE,
  clickStatusChip,
  createCoderJobs,
  expectJobsListed,
  jobsTable,
  listJobsViaApi,
} from './jobs.ts'

// The jobs page as a view: chips and search box as two faces of one filter, the URL as the
// state (back/forward, garbled links), the job drawer, and a 10,000-row virtualized queue.

const searchBox = (page: Page) => page.getByRole('textbox', { name: 'Search jobs' })
const statusChip = (page: Page, name: string) =>
  page
    .getByRole('group', { name: 'Status', exact: true })
    .getByRole('checkbox', { name, exact: true })

const expectListed = (page: Page, count: number) =>
  expectJobsListed(page, count, { timeout: 30_000 })

/** Every job in the org (seeding a build also creates its template's import job). */
const totalJobs = async (page: Page) => (await listJobsViaApi(page)).length

test.beforeEach(async ({ page }) => {
  await signIn(page)
})

test('chips and the search box filter the same way, and the URL keeps the history', async ({
  page,
  emulator,
}) => {
  test.setTimeout(90_000)
  await createCoderJobs(emulator, { count: 3, status: 'pending', initiator: 'prebuilds' })
  await createCoderJobs(emulator, { count: 2, status: 'running', initiator: 'admin' })
  const total = await totalJobs(page)
  await page.goto(JOBS_PAGE)
  await expectListed(page, total)

  await clickStatusChip(page, 'Running')
  await expect(page).toHaveURL(/[?&]status=running(&|$)/)
  await expectListed(page, 2)
  await expect(searchBox(page)).toHaveValue('status:running')

  await searchBox(page).fill('status:pending initiator:prebuilds')
  await searchBox(page).press('Enter')
  await expect(page).toHaveURL(/status=pending/)
  await expect(page).toHaveURL(/initiator=prebuilds/)
  await expectListed(page, 3)
  await expect(statusChip(page, 'Pending')).toBeChecked()
  await expect(statusChip(page, 'Running')).not.toBeChecked()
  await expect(page.getByRole('button', { name: 'Pending prebuilds' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )

  await page.goBack()
  await expect(page).toHaveURL(/[?&]status=running(&|$)/)
  await expect(searchBox(page)).toHaveValue('status:running')
  await expectListed(page, 2)
  await page.goForward()
  await expect(searchBox(page)).toHaveValue('status:pending initiator:prebuilds')
  await expectListed(page, 3)

  // A typo names the bad term and changes nothing.
  await searchBox(page).fill('status:pendng')
  await searchBox(page).press('Enter')
  await expect(page.getByText(/pendng/).first()).toBeVisible()
  await expect(page).toHaveURL(/initiator=prebuilds/)
  await expectListed(page, 3)

  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expectListed(page, total)
  await expect(searchBox(page)).toHaveValue('')
})

test('a garbled link falls back to what could be read, with a notice', async ({
  page,
  emulator,
}) => {
  await createCoderJobs(emulator, { count: 2, status: 'running', initiator: 'admin' })
  await createCoderJobs(emulator, { count: 1, status: 'pending', initiator: 'admin' })
  await page.goto(`${JOBS_PAGE}?status=pendng,running&limit=lots`)
  await expect(page.getByText('Part of the link was not understood')).toBeVisible()
  await expect(page.getByText(/unknown status "pendng"/)).toBeVisible()
  await expect(statusChip(page, 'Running')).toBeChecked()
  await expectListed(page, 2)
  await expect(page).not.toHaveURL(/pendng/)
})

test('a row opens the job drawer with its fields and a copyable ID', async ({ page, emulator }) => {
  const [job] = await createCoderJobs(emulator, {
    count: 1,
    status: 'pending',
    initiator: 'prebuilds',
  })
  await page.goto(JOBS_PAGE)
  await page.getByRole('row', { name: new RegExp(job.id) }).click()
  const drawer = page.getByRole('dialog', { name: 'Provisioner job' })
  await expect(drawer).toBeVisible()
  await expect(drawer.getByText(job.id)).toBeVisible()
  await expect(drawer.getByRole('button', { name: 'Copy ID' })).toBeVisible()
  await expect(drawer.getByText('Available provisioners')).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`job=${job.id}`))
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()
  await expect(page).not.toHaveURL(/job=/)
})

test('10,000 jobs render as a window and scroll to the last one', async ({ page, emulator }) => {
  test.setTimeout(300_000)
  const created = await createCoderJobs(emulator, {
    count: 10_000,
    status: 'pending',
    initiator: 'prebuilds',
  })
  await page.goto(`${JOBS_PAGE}?live=false`)
  await expect(jobsTable(page)).toHaveAttribute('aria-rowcount', '10001', { timeout: 120_000 })
  const rendered = await page.getByRole('row').count()
  expect(rendered).toBeGreaterThan(5)
  expect(rendered).toBeLessThan(120)

  // Newest first: the oldest created job is the last row.
  const oldest = created[0]
  await jobsTable(page).hover()
  await page.mouse.wheel(0, 10_000 * 44)
  await expect(page.getByRole('row', { name: new RegExp(oldest.id) })).toBeVisible()
  await expect(jobsTable(page).locator('[aria-rowindex="10001"]')).toBeVisible()
  expect(await page.getByRole('row').count()).toBeLessThan(120)
})
