import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProvisionerJob } from '../../src/api/types.ts'
import { buildTestWorld } from '../jobs/testWorld.ts'
import { api, createTestEmulator, type RunningEmulator } from '../testing.ts'

let running: RunningEmulator

beforeAll(async () => {
  running = await createTestEmulator()
})
afterAll(() => running.close())

const post = (path: string, body: unknown) =>
  running.app.request(path, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

describe('control API', () => {
  it('creates jobs oldest first, backed by builds, by organization and initiator name', async () => {
    const res = await post('/__emulator/provisioner-jobs', {
      organization: 'coder',
      initiator: 'prebuilds',
      count: 3,
      status: 'running',
      tags: { scope: 'organization', owner: '', team: 'a' },
    })
    expect(res.status).toBe(201)
    const jobs = (await res.json()) as ProvisionerJob[]
    expect(jobs).toHaveLength(3)
    expect(Date.parse(jobs[0]!.created_at)).toBeLessThan(Date.parse(jobs[2]!.created_at))
    for (const job of jobs) {
      expect(job).toMatchObject({ type: 'workspace_build', status: 'running', tags: { team: 'a' } })
      expect(job.initiator_id).toBe('c42fdf75-3097-471c-8c33-fb52454d81c0')
      expect(job.input.workspace_build_id).toBeTruthy()
    }
  })

  it('validates the body', async () => {
    const res = await post('/__emulator/provisioner-jobs', {
      count: 0,
      type: 'nope',
      status: 'unknown',
      extra: 1,
    })
    expect(res.status).toBe(400)
    const body = (await res.json()) as { validations: { field: string }[] }
    expect(body.validations.map((v) => v.field).sort()).toEqual([
      'count',
      'extra',
      'status',
      'type',
    ])
    const org = await post('/__emulator/provisioner-jobs', { organization: 'missing' })
    expect(((await org.json()) as { validations: { field: string }[] }).validations[0]!.field).toBe(
      'organization',
    )
    expect((await post('/__emulator/provisioner-jobs', '{bad')).status).toBe(400)
  })

  it('injects faults on /api/v2 only, and clears them with rate 0', async () => {
    expect((await post('/__emulator/faults', { rate: 2 })).status).toBe(400)
    const set = await post('/__emulator/faults', { rate: 1, status: 503, path: '/buildinfo' })
    expect(await set.json()).toEqual({ rate: 1, status: 503, delay_ms: 0, path: '/buildinfo' })
    const failed = await running.app.request('/api/v2/buildinfo')
    expect(failed.status).toBe(503)
    expect(((await failed.json()) as { message: string }).message).toBe('Service unavailable.')
    expect((await running.app.request('/api/v2/users/authmethods')).status).not.toBe(503)

    await post('/__emulator/faults', { rate: 1, delay_ms: 150 })
    const started = Date.now()
    expect((await running.app.request('/api/v2/buildinfo')).status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)

    await post('/__emulator/faults', { rate: 0 })
    expect((await running.app.request('/api/v2/buildinfo')).status).toBe(200)
  })

  it('resets to a seed, dropping created data', async () => {
    await post('/__emulator/provisioner-jobs', { count: 5 })
    expect((await post('/__emulator/reset', { seed: 'bogus' })).status).toBe(400)
    expect((await post('/__emulator/reset', { seed: 'empty' })).status).toBe(200)
    const world = await buildTestWorld(running.emu)
    const res = await api(running.app, world.users.owner.token).get(
      '/api/v2/organizations/coder/provisionerjobs',
    )
    expect(await res.json()).toEqual([])
  })
})
