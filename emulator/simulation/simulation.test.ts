import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { PrebuildsSystemUserID, type ProvisionerJob } from '../../src/api/types.ts'
import { truncateAll } from '../db.ts'
import { createJobsFromRequest, type CreateJobsRequest } from '../jobs/createRequest.ts'
import { listJobs } from '../jobs/list.ts'
import { writePrebuildsSettings } from '../jobs/prebuildSettings.ts'
import { DEFAULT_TAGS, type Tags } from '../jobs/tags.ts'
import { backingTemplate } from '../jobs/templates.ts'
import { addDaemon, addPreset } from '../seed/demoRows.ts'
import { applySeed } from '../seed/index.ts'
import { createTestEmulator, type RunningEmulator } from '../testing.ts'
import { simulationStep, startSimulation } from './index.ts'

let running: RunningEmulator
let clock = 0
let orgId = ''
// A seeded generator (ids stay distinct); `forced` pins the value for failure decisions.
let seed = 1
let forced: number | undefined
const random = () => {
  if (forced !== undefined) return forced
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
  return seed / 2_147_483_648
}

beforeAll(async () => {
  running = await createTestEmulator({ now: () => new Date(clock), random })
})
afterAll(() => running.close())
beforeEach(async () => {
  clock = Date.parse('2026-01-01T12:00:00Z')
  forced = 0.5
  await truncateAll(running.emu.db)
  forced = undefined
  await applySeed(running.emu, 'empty')
  forced = 0.5
  orgId = (await running.emu.db.query<{ id: string }>('SELECT id FROM organizations')).rows[0]!.id
})

const emu = () => running.emu
const make = async (req: CreateJobsRequest) => createJobsFromRequest(emu(), req)
const step = (o = {}) => simulationStep(emu(), { runMs: 4_000, failureRate: 0.1, ...o })
const advance = (ms: number) => (clock += ms)
const daemon = (name: string, tags: Tags = DEFAULT_TAGS) => addDaemon(emu(), orgId, name, tags, 1)
const state = async (job: ProvisionerJob) =>
  (await listJobs(emu(), { ids: [job.id], limit: 1 }))[0]!

describe('simulation step', () => {
  it('daemons take human jobs before older prebuild jobs, then finish them', async () => {
    const d = await daemon('d1')
    const [prebuild] = await make({ initiator: 'prebuilds' })
    advance(1_000)
    const [human] = await make({})
    expect((await step()).acquired).toBe(1)
    expect(await state(human!)).toMatchObject({
      status: 'running',
      worker_id: d,
      worker_name: 'd1',
    })
    expect((await state(prebuild!)).status).toBe('pending')

    advance(3_000)
    expect((await step()).finished).toBe(0)
    advance(1_000)
    const report = await step()
    expect(report).toMatchObject({ finished: 1, acquired: 1 })
    expect((await state(human!)).status).toBe('succeeded')
    expect((await state(prebuild!)).status).toBe('running')
  })

  it('fails a share of jobs with an error', async () => {
    await daemon('d1')
    const [job] = await make({})
    await step()
    advance(5_000)
    forced = 0.01
    await step()
    const after = await state(job!)
    expect(after.status).toBe('failed')
    expect(after.error).toBeTruthy()
  })

  it('ends a canceled running job as failed with error "canceled"', async () => {
    await daemon('d1')
    const [job] = await make({})
    await step()
    await emu().db.query('UPDATE provisioner_jobs SET canceled_at = $2 WHERE id = $1', [
      job!.id,
      new Date(clock),
    ])
    expect((await state(job!)).status).toBe('canceling')
    advance(500)
    await step()
    expect(await state(job!)).toMatchObject({ status: 'failed', error: 'canceled' })
  })

  it('only takes jobs whose tags the daemon covers and heartbeats simulated daemons', async () => {
    await daemon('plain')
    const [gpuJob] = await make({ tags: { scope: 'organization', owner: '', gpu: 'a100' } })
    expect((await step()).acquired).toBe(0)
    expect((await state(gpuJob!)).available_workers).toBeUndefined()
    const gpu = await daemon('gpu', { scope: 'organization', owner: '', gpu: 'a100' })
    expect((await state(gpuJob!)).available_workers).toEqual([gpu])
    advance(1_000)
    expect((await step()).acquired).toBe(1)
    expect((await state(gpuJob!)).worker_id).toBe(gpu)
    const { rows } = await emu().db.query<{ last_seen_at: Date }>(
      'SELECT last_seen_at FROM provisioner_daemons',
    )
    expect(rows.every((r) => r.last_seen_at.getTime() === clock)).toBe(true)
  })

  it('the reconciler tops presets up with prebuild jobs, respects the cap, and stops when paused', async () => {
    const admin = (
      await emu().db.query<{ id: string }>("SELECT id FROM users WHERE username = 'admin'")
    ).rows[0]!.id
    const tpl = await backingTemplate(emu(), orgId, admin)
    await addPreset(emu(), tpl.activeVersionId, 'p', 30)
    expect((await step({ perPresetPerStep: 8, pendingCap: 20 })).prebuildsCreated).toBe(8)
    expect((await step({ perPresetPerStep: 8, pendingCap: 20 })).prebuildsCreated).toBe(8)
    expect((await step({ perPresetPerStep: 8, pendingCap: 20 })).prebuildsCreated).toBe(4)
    expect((await step({ perPresetPerStep: 8, pendingCap: 20 })).prebuildsCreated).toBe(0)
    const jobs = await listJobs(emu(), { initiatorId: PrebuildsSystemUserID, limit: 0 })
    expect(jobs).toHaveLength(20)
    expect(
      jobs.every(
        (j) => j.status === 'pending' && j.metadata.workspace_name?.startsWith('prebuild-'),
      ),
    ).toBe(true)

    await writePrebuildsSettings(emu(), { reconciliation_paused: true })
    expect((await step({ perPresetPerStep: 8, pendingCap: 100 })).prebuildsCreated).toBe(0)
    await writePrebuildsSettings(emu(), { reconciliation_paused: false })
    expect((await step({ perPresetPerStep: 20, pendingCap: 100 })).prebuildsCreated).toBe(10)
    expect((await step({ perPresetPerStep: 20, pendingCap: 100 })).prebuildsCreated).toBe(0)
  })

  it('startSimulation runs steps on a timer and its stopper ends them', async () => {
    await daemon('d1')
    await make({})
    const stop = startSimulation(emu(), { intervalMs: 20 })
    await new Promise((resolve) => setTimeout(resolve, 300))
    await stop()
    const [job] = await listJobs(emu(), { statuses: ['running'], limit: 0 })
    expect(job).toBeDefined()
  })
})
