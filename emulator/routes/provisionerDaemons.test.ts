import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { ProvisionerDaemon } from '../../src/api/types.ts'
import { createJobsFromRequest } from '../jobs/createRequest.ts'
import { DEFAULT_TAGS } from '../jobs/tags.ts'
import { resetTestWorld, type TestWorld } from '../jobs/testWorld.ts'
import { addDaemon } from '../seed/demoRows.ts'
import { api, createTestEmulator, type RunningEmulator } from '../testing.ts'

let running: RunningEmulator
let world: TestWorld
const clock = new Date('2026-01-01T12:00:00Z')
const ids: Record<'idle' | 'busy' | 'offline' | 'gpu', string> = {
  idle: '',
  busy: '',
  offline: '',
  gpu: '',
}

beforeAll(async () => {
  running = await createTestEmulator({ now: () => clock })
})
afterAll(() => running.close())
beforeEach(async () => {
  world = await resetTestWorld(running.emu)
  const emu = running.emu
  ids.busy = await addDaemon(emu, world.defaultOrgId, 'busy', DEFAULT_TAGS, 1)
  // The busy daemon picks up the first job created; then finishes an older one.
  await createJobsFromRequest(emu, { status: 'succeeded' })
  await createJobsFromRequest(emu, { status: 'running' })
  ids.idle = await addDaemon(emu, world.defaultOrgId, 'idle', DEFAULT_TAGS, 2)
  ids.offline = await addDaemon(emu, world.defaultOrgId, 'offline', DEFAULT_TAGS, 3, {
    offlineHours: 2,
  })
  ids.gpu = await addDaemon(emu, world.defaultOrgId, 'gpu', { ...DEFAULT_TAGS, gpu: 'a100' }, 4)
})

const PATH = '/api/v2/organizations/coder/provisionerdaemons'
async function list(query = ''): Promise<ProvisionerDaemon[]> {
  const res = await api(running.app, world.users.owner.token).get(`${PATH}${query}`)
  expect(res.status).toBe(200)
  return (await res.json()) as ProvisionerDaemon[]
}

describe('GET /organizations/{organization}/provisionerdaemons', () => {
  it('derives idle, busy and offline with current and previous jobs', async () => {
    const byName = new Map((await list()).map((d) => [d.name, d]))
    expect(byName.get('busy')).toMatchObject({ status: 'busy', provisioners: ['terraform'] })
    expect(byName.get('busy')!.current_job).toMatchObject({
      status: 'running',
      template_name: 'emulator',
    })
    expect(byName.get('busy')!.previous_job).toMatchObject({ status: 'succeeded' })
    expect(byName.get('idle')!.status).toBe('idle')
    expect(byName.get('idle')).not.toHaveProperty('current_job')
    expect(byName.get('offline')!.status).toBe('offline')
  })

  it('filters by status, ids, tags and limit', async () => {
    const names = (ds: ProvisionerDaemon[]) => ds.map((d) => d.name).sort()
    expect(names(await list('?status=idle,offline'))).toEqual(['gpu', 'idle', 'offline'])
    expect(names(await list('?status=busy'))).toEqual(['busy'])
    expect(names(await list(`?ids=${ids.gpu}&ids=${ids.idle}`))).toEqual(['gpu', 'idle'])
    expect(names(await list(`?tags=${encodeURIComponent('{"gpu":"a100"}')}`))).toEqual(['gpu'])
    expect(await list('?limit=2')).toHaveLength(2)
  })

  it('rejects bad params and hides daemons from members', async () => {
    const owner = api(running.app, world.users.owner.token)
    expect((await owner.get(`${PATH}?status=sleepy`)).status).toBe(400)
    expect((await owner.get(`${PATH}?what=1`)).status).toBe(400)
    expect((await api(running.app, world.users.member.token).get(PATH)).status).toBe(404)
    expect((await api(running.app, world.users.templateAdmin.token).get(PATH)).status).toBe(200)
  })
})
