import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { ProvisionerJob } from '../../src/api/types.ts'
import { api, createTestEmulator, type RunningEmulator } from '../testing.ts'
import { createJobsFromRequest, type CreateJobsRequest } from '../jobs/createRequest.ts'
import { resetTestWorld, type TestWorld } from '../jobs/testWorld.ts'

let running: RunningEmulator
let world: TestWorld
let clock = new Date('2026-01-01T12:00:00Z')

beforeAll(async () => {
  running = await createTestEmulator({ now: () => clock })
})
afterAll(() => running.close())
beforeEach(async () => {
  clock = new Date('2026-01-01T12:00:00Z')
  world = await resetTestWorld(running.emu)
})

const make = async (req: CreateJobsRequest) => (await createJobsFromRequest(running.emu, req))[0]!
const as = (who: keyof TestWorld['users']) => api(running.app, world.users[who].token)
const jobNow = async (id: string) => {
  const res = await as('owner').get(`/api/v2/organizations/default/provisionerjobs/${id}`)
  return (await res.json()) as ProvisionerJob
}
const buildCancel = (job: ProvisionerJob, query = '') =>
  `/api/v2/workspacebuilds/${job.input.workspace_build_id}/cancel${query}`

async function expectMessage(res: Response, status: number, message: string) {
  expect(res.status).toBe(status)
  expect(((await res.json()) as { message: string }).message).toBe(message)
}

describe('PATCH /workspacebuilds/{id}/cancel', () => {
  it('cancels a pending job at once, then answers "already completed"', async () => {
    const job = await make({})
    clock = new Date('2026-01-01T12:00:05Z')
    await expectMessage(
      await as('owner').patch(buildCancel(job)),
      200,
      'Job has been marked as canceled...',
    )
    const after = await jobNow(job.id)
    expect(after.status).toBe('canceled')
    expect(Date.parse(after.canceled_at!)).toBe(clock.getTime())
    expect(Date.parse(after.completed_at!)).toBe(clock.getTime())
    await expectMessage(
      await as('owner').patch(buildCancel(job)),
      400,
      'Job has already completed!',
    )
  })

  it('moves a running job to canceling, then answers "already been marked"', async () => {
    const job = await make({ status: 'running' })
    await expectMessage(
      await as('owner').patch(buildCancel(job)),
      200,
      'Job has been marked as canceled...',
    )
    const after = await jobNow(job.id)
    expect(after.status).toBe('canceling')
    expect(after.completed_at).toBeUndefined()
    await expectMessage(
      await as('owner').patch(buildCancel(job)),
      400,
      'Job has already been marked as canceled!',
    )
  })

  it('honours expect_status with 412 and rejects other values with 400', async () => {
    const job = await make({ status: 'running' })
    await expectMessage(
      await as('owner').patch(buildCancel(job, '?expect_status=pending')),
      412,
      'Job is not in the expected state.',
    )
    expect((await jobNow(job.id)).status).toBe('running')
    await expectMessage(
      await as('owner').patch(buildCancel(job, '?expect_status=done')),
      400,
      `Invalid expect_status "done". Only 'running' or 'pending' are allowed.`,
    )
    expect((await as('owner').patch(buildCancel(job, '?expect_status=running'))).status).toBe(200)
    const done = await make({ status: 'succeeded' })
    await expectMessage(
      await as('owner').patch(buildCancel(done)),
      400,
      'Job has already completed!',
    )
  })

  it('applies permissions: 404 unseen, 403 without rights, owner role when the template forbids', async () => {
    const prebuild = await make({ initiator: 'prebuilds' })
    expect((await as('member').patch(buildCancel(prebuild))).status).toBe(404)
    expect((await as('outsider').patch(buildCancel(prebuild))).status).toBe(404)
    expect((await as('templateAdmin').patch(buildCancel(prebuild))).status).toBe(200)

    const own = await make({ initiator: 'member', status: 'running' })
    await running.emu.db.query('UPDATE templates SET allow_user_cancel_workspace_jobs = false')
    await expectMessage(
      await as('member').patch(buildCancel(own)),
      403,
      'User is not allowed to cancel workspace builds. Owner role is required.',
    )
    const ownPending = await make({ initiator: 'member' })
    expect(
      (await as('member').patch(buildCancel(ownPending, '?expect_status=pending'))).status,
    ).toBe(200)
    expect((await as('owner').patch(buildCancel(own))).status).toBe(200)
  })

  it('rejects a malformed id with 400 and an unknown one with 404', async () => {
    expect((await as('owner').patch('/api/v2/workspacebuilds/nope/cancel')).status).toBe(400)
    const unknown = '/api/v2/workspacebuilds/3f1d8a8e-64a2-4a8c-9a4e-3c0f9f0b1a11/cancel'
    expect((await as('owner').patch(unknown)).status).toBe(404)
  })
})

describe('PATCH /templateversions/{id}/cancel', () => {
  it('cancels an import job and repeats with the exact texts', async () => {
    const job = await make({ type: 'template_version_import', status: 'running' })
    const path = `/api/v2/templateversions/${job.input.template_version_id}/cancel`
    expect((await as('member').patch(path)).status).toBe(403)
    expect((await as('outsider').patch(path)).status).toBe(404)
    await expectMessage(
      await as('templateAdmin').patch(path),
      200,
      'Job has been marked as canceled...',
    )
    expect((await jobNow(job.id)).status).toBe('canceling')
    await expectMessage(
      await as('owner').patch(path),
      400,
      'Job has already been marked as canceled!',
    )
    const pending = await make({ type: 'template_version_import' })
    const pendingPath = `/api/v2/templateversions/${pending.input.template_version_id}/cancel`
    expect((await as('owner').patch(pendingPath)).status).toBe(200)
    expect((await jobNow(pending.id)).status).toBe('canceled')
    await expectMessage(await as('owner').patch(pendingPath), 400, 'Job has already completed!')
  })
})

describe('PATCH /templateversions/{id}/dry-run/{job}/cancel', () => {
  it('checks the job id, type and version, then cancels with period texts', async () => {
    const job = await make({ type: 'template_version_dry_run' })
    const base = `/api/v2/templateversions/${job.input.template_version_id}/dry-run`
    await expectMessage(
      await as('owner').patch(`${base}/xyz/cancel`),
      400,
      'Job ID "xyz" must be a valid UUID.',
    )
    const missing = '3f1d8a8e-64a2-4a8c-9a4e-3c0f9f0b1a11'
    await expectMessage(
      await as('owner').patch(`${base}/${missing}/cancel`),
      404,
      `Provisioner job "${missing}" not found.`,
    )
    const build = await make({})
    expect((await as('owner').patch(`${base}/${build.id}/cancel`)).status).toBe(403)
    expect((await as('member').patch(`${base}/${job.id}/cancel`)).status).toBe(403)
    await expectMessage(
      await as('owner').patch(`${base}/${job.id}/cancel`),
      200,
      'Job has been marked as canceled.',
    )
    await expectMessage(
      await as('owner').patch(`${base}/${job.id}/cancel`),
      400,
      'Job has already completed.',
    )
    const runningJob = await make({ type: 'template_version_dry_run', status: 'running' })
    const path = `${base}/${runningJob.id}/cancel`
    expect((await as('owner').patch(path)).status).toBe(200)
    await expectMessage(
      await as('owner').patch(path),
      400,
      'Job has already been marked as canceled.',
    )
  })
})
