import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PrebuildsSystemUserID, type ProvisionerJob } from '../../src/api/types.ts'
import { listJobs } from '../jobs/list.ts'
import { api, createTestEmulator, signIn, type RunningEmulator } from '../testing.ts'

let running: RunningEmulator
let jobs: ProvisionerJob[]

beforeAll(async () => {
  running = await createTestEmulator({ seed: 'demo' })
  jobs = await listJobs(running.emu, { limit: 0 })
}, 120_000)
afterAll(() => running.close())

describe('demo seed', () => {
  it('has human jobs in every state of every type, in three organizations', () => {
    const humans = jobs.filter((j) => j.initiator_id !== PrebuildsSystemUserID)
    for (const type of ['workspace_build', 'template_version_import', 'template_version_dry_run']) {
      for (const status of ['pending', 'running', 'succeeded', 'canceling', 'canceled', 'failed']) {
        expect(
          humans.some((j) => j.type === type && j.status === status),
          `${type} ${status}`,
        ).toBe(true)
      }
    }
    expect(new Set(jobs.map((j) => j.organization_id)).size).toBe(3)
    const created = jobs.map((j) => Date.parse(j.created_at))
    expect(Math.max(...created) - Math.min(...created)).toBeGreaterThan(2 * 3_600_000)
  })

  it('floods the queue with hundreds of pending prebuilds behind the humans', () => {
    const pending = jobs.filter((j) => j.status === 'pending')
    const prebuilds = pending.filter((j) => j.initiator_id === PrebuildsSystemUserID)
    expect(prebuilds.length).toBeGreaterThanOrEqual(300)
    const firstPrebuild = Math.min(...prebuilds.map((j) => j.queue_position))
    const humanPositions = pending
      .filter((j) => j.initiator_id !== PrebuildsSystemUserID)
      .map((j) => j.queue_position)
    expect(Math.max(...humanPositions)).toBeLessThan(firstPrebuild)
  })

  it('has pending jobs no daemon can take, and an offline daemon', async () => {
    const stuck = jobs.filter((j) => j.status === 'pending' && !j.available_workers)
    expect(stuck.some((j) => j.tags.gpu === 'a100')).toBe(true)
    const token = await signIn(running.app)
    const res = await api(running.app, token).get('/organizations/coder/provisionerdaemons')
    const daemons = (await res.json()) as { status: string }[]
    expect(daemons.some((d) => d.status === 'offline')).toBe(true)
  })

  it('lets alice and bob sign in with the demo password', async () => {
    await expect(signIn(running.app, 'alice@coder.com')).resolves.toBeTruthy()
    await expect(signIn(running.app, 'bob@coder.com')).resolves.toBeTruthy()
  })
})
