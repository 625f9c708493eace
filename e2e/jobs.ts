// Steps shared by the provisioner jobs specs (the view and the bulk flows).
import type { Page } from '@playwright/test'
import { expect, type CreateJobsBody, type EmulatorControl } from './fixtures.ts'

export const JOBS_PAGE = '/organizations/coder/provisioner-jobs'

export interface WireJob {
  id: string
  status: string
  initiator_id: string
}

export const jobsTable = (page: Page) => page.getByRole('table', { name: 'Provisioner jobs' })

/** Rows are virtualized, so the count comes from aria-rowcount (data rows + the header). */
export async function expectJobsListed(
  page: Page,
  count: number,
  options: { timeout?: number } = {},
) {
  await expect(jobsTable(page)).toHaveAttribute('aria-rowcount', String(count + 1), options)
}

/** Creates jobs in the default organization through the control API. */
export const createCoderJobs = (
  emulator: EmulatorControl,
  body: Omit<CreateJobsBody, 'organization'>,
) => emulator.createJobs<WireJob>({ organization: 'coder', ...body })

/** The default organization's jobs as the API lists them (page.request shares the session). */
export async function listJobsViaApi(
  page: Page,
  filter: Record<string, string> = {},
): Promise<WireJob[]> {
  const query = new URLSearchParams({ ...filter, limit: '0' })
  const response = await page.request.get(`/api/v2/organizations/coder/provisionerjobs?${query}`)
  expect(response.ok()).toBe(true)
  return (await response.json()) as WireJob[]
}

/** Mantine hides the chip's input and styles its label: click what the admin clicks. */
export const clickStatusChip = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Status', exact: true }).getByText(name, { exact: true }).click()

export const confirmDialog = (page: Page, dialog: string, button: string) =>
  page.getByRole('dialog', { name: dialog }).getByRole('button', { name: button }).click()
