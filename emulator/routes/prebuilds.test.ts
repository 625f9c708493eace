import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { truncateAll } from '../db.ts'
import { buildTestWorld, resetTestWorld, type TestWorld } from '../jobs/testWorld.ts'
import { seedIdentity } from '../seed/identity.ts'
import { api, createTestEmulator, type RunningEmulator } from '../testing.ts'

let running: RunningEmulator
let world: TestWorld

beforeAll(async () => {
  running = await createTestEmulator()
})
afterAll(() => running.close())
beforeEach(async () => {
  world = await resetTestWorld(running.emu)
})

const as = (who: keyof TestWorld['users']) => api(running.app, world.users[who].token)
const PATH = '/api/v2/prebuilds/settings'

describe('/prebuilds/settings', () => {
  it('reads the default, pauses, and answers 304 with an empty body when unchanged', async () => {
    const initial = await as('member').get(PATH)
    expect(initial.status).toBe(200)
    expect(await initial.json()).toEqual({ reconciliation_paused: false })

    const paused = await as('owner').put(PATH, { reconciliation_paused: true })
    expect(paused.status).toBe(200)
    expect(await paused.json()).toEqual({ reconciliation_paused: true })
    expect(await (await as('member').get(PATH)).json()).toEqual({ reconciliation_paused: true })

    const again = await as('owner').put(PATH, { reconciliation_paused: true })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
  })

  it('checks for a change before permission: 304 for anyone, 403 for a member changing it', async () => {
    expect((await as('member').put(PATH, { reconciliation_paused: false })).status).toBe(304)
    const denied = await as('member').put(PATH, { reconciliation_paused: true })
    expect(denied.status).toBe(403)
    expect(((await denied.json()) as { message: string }).message).toBe('Forbidden.')
    expect((await as('templateAdmin').put(PATH, { reconciliation_paused: true })).status).toBe(403)
    expect(await (await as('owner').get(PATH)).json()).toEqual({ reconciliation_paused: false })
  })

  it('rejects bad bodies and anonymous callers', async () => {
    const bad = await running.app.request(PATH, {
      method: 'PUT',
      headers: { 'Coder-Session-Token': world.users.owner.token },
      body: '{nope',
    })
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { message: string }).message).toBe(
      'Request body must be valid JSON.',
    )
    expect((await as('owner').put(PATH, { reconciliation_paused: 'yes' })).status).toBe(400)
    expect((await running.app.request(PATH)).status).toBe(401)
  })

  it('is a premium feature', async () => {
    await truncateAll(running.emu.db)
    await seedIdentity(running.emu)
    world = await buildTestWorld(running.emu)
    const res = await as('owner').get(PATH)
    expect(res.status).toBe(403)
    expect(await res.json()).toEqual({
      message: 'Workspace Prebuilds is a Premium feature. Contact sales!',
    })
  })
})
