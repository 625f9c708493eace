import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { PrebuildsSystemUserID, type ProvisionerJob } from '../../src/api/types.ts'
import { api, createTestEmulator, type RunningEmulator } from '../testing.ts'
import { resetTestWorld, type TestWorld } from '../jobs/testWorld.ts'
import { backingTemplate } from '../jobs/templates.ts'

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
  // Each organization's backing template brings one succeeded import job with it.
  await backingTemplate(running.emu, world.defaultOrgId, world.users.owner.id)
  await backingTemplate(running.emu, world.otherOrgId, world.users.owner.id)
})
const BASELINE = 1

const control = (body: unknown) =>
  running.app.request('/__emulator/provisioner-jobs', {
    method: 'POST',
    body: JSON.stringify(body),
  })

async function createJobs(body: Record<string, unknown>): Promise<ProvisionerJob[]> {
  const res = await control(body)
  expect(res.status).toBe(201)
  return (await res.json()) as ProvisionerJob[]
}

const owner = () => api(running.app, world.users.owner.token)
const listPath = (query = '', org = 'coder') =>
  `/api/v2/organizations/${org}/provisionerjobs${query}`

async function list(query = '', org = 'coder'): Promise<ProvisionerJob[]> {
  const res = await owner().get(listPath(query, org))
  expect(res.status).toBe(200)
  return (await res.json()) as ProvisionerJob[]
}

describe('GET /organizations/{organization}/provisionerjobs', () => {
  it('lists newest first with a default limit of 50 and limit=0 for everything', async () => {
    const created = await createJobs({ count: 60 })
    const jobs = await list()
    expect(jobs).toHaveLength(50)
    expect(jobs[0]!.id).toBe(created[59]!.id)
    const times = jobs.map((j) => Date.parse(j.created_at))
    expect([...times].sort((a, b) => b - a)).toEqual(times)
    expect(await list('?limit=0')).toHaveLength(60 + BASELINE)
    expect(await list('?limit=3')).toHaveLength(3)
  })

  it('accepts the organization as name, id or default', async () => {
    await createJobs({ count: 2 })
    expect(await list('', world.defaultOrgId)).toHaveLength(2 + BASELINE)
    expect(await list('', 'default')).toHaveLength(2 + BASELINE)
    expect(await list('', 'CODER')).toHaveLength(2 + BASELINE)
    const res = await owner().get(listPath('', 'no-such-org'))
    expect(res.status).toBe(404)
  })

  it('filters by status (comma and repeated), ids, initiator and tags', async () => {
    const pending = await createJobs({ count: 2 })
    const running = await createJobs({ count: 1, status: 'running' })
    const failed = await createJobs({ count: 1, status: 'failed' })
    const prebuild = await createJobs({ count: 1, initiator: 'prebuilds' })
    const tagged = await createJobs({
      count: 1,
      tags: { scope: 'organization', owner: '', gpu: 'true' },
    })
    const ids = (jobs: ProvisionerJob[]) => jobs.map((j) => j.id).sort()

    expect(ids(await list('?status=running,failed'))).toEqual(ids([...running, ...failed]))
    expect(ids(await list('?status=running&status=failed'))).toEqual(ids([...running, ...failed]))
    expect(
      ids(await list(`?ids=${pending[0]!.id},${running[0]!.id}&ids=${failed[0]!.id}`)),
    ).toEqual(ids([pending[0]!, running[0]!, failed[0]!]))
    expect(ids(await list(`?initiator=${PrebuildsSystemUserID}`))).toEqual(ids(prebuild))
    expect(await list('?initiator=')).toHaveLength(6 + BASELINE)
    expect(await list(`?initiator=${world.users.member.id}`)).toEqual([])
    const gpu = encodeURIComponent('{"gpu":"true"}')
    expect(ids(await list(`?tags=${gpu}`))).toEqual(ids(tagged))
    // The default untagged set only matches itself exactly.
    const untagged = encodeURIComponent('{"scope":"organization","owner":""}')
    expect(await list(`?tags=${untagged}`)).toHaveLength(5 + BASELINE)
  })

  it('rejects bad parameters like Coder', async () => {
    const cases: [string, string, string][] = [
      ['?limit=-1', 'limit', 'must be a valid 32-bit positive integer'],
      ['?ids=nope', 'ids', 'has invalid values'],
      ['?initiator=prebuilds', 'initiator', 'Query param "initiator" must be a valid uuid'],
      ['?tags=%7Bbad', 'tags', 'must be a valid JSON object'],
      ['?bogus=1', 'bogus', '"bogus" is not a valid query param'],
      ['?limit=1&limit=2', 'limit', 'provided more than once'],
    ]
    for (const [query, field, detail] of cases) {
      const res = await owner().get(listPath(query))
      expect(res.status, query).toBe(400)
      const body = (await res.json()) as {
        message: string
        validations: { field: string; detail: string }[]
      }
      expect(body.message).toBe('Invalid query parameters.')
      expect(body.validations[0]!.field).toBe(field)
      expect(body.validations[0]!.detail).toContain(detail)
    }
    const bad = await owner().get(listPath('?status=pending,bogus'))
    expect(bad.status).toBe(500)
    expect(((await bad.json()) as { detail: string }).detail).toContain('"bogus"')
  })

  it('computes a global queue: humans before prebuilds, oldest first, across organizations', async () => {
    const prebuildOld = await createJobs({ count: 2, initiator: 'prebuilds' })
    const humanOther = await createJobs({
      organization: 'testorg',
      count: 1,
      initiator: 'outsider',
    })
    const humanNew = await createJobs({ count: 1 })
    await createJobs({ count: 1, status: 'running' })
    const byId = new Map((await list()).map((j) => [j.id, j]))
    expect(byId.get(humanNew[0]!.id)).toMatchObject({ queue_position: 2, queue_size: 4 })
    expect(byId.get(prebuildOld[0]!.id)).toMatchObject({ queue_position: 3, queue_size: 4 })
    expect(byId.get(prebuildOld[1]!.id)).toMatchObject({ queue_position: 4, queue_size: 4 })
    const other = await list('?status=pending', 'testorg')
    expect(other.map((j) => j.id)).toEqual([humanOther[0]!.id])
    expect(other[0]).toMatchObject({ queue_position: 1, queue_size: 4 })
    // A page that starts mid-queue still gets deployment-wide positions.
    const newestPrebuild = await list(`?initiator=${PrebuildsSystemUserID}&status=pending&limit=1`)
    expect(newestPrebuild).toEqual([
      expect.objectContaining({ id: prebuildOld[1]!.id, queue_position: 4 }),
    ])
    const runningJob = (await list('?status=running'))[0]!
    expect(runningJob).toMatchObject({ queue_position: 0, queue_size: 0 })
  })

  it('answers in Coder shape with metadata and omitted empty fields', async () => {
    const [job] = await createJobs({ count: 1 })
    const res = await owner().get(listPath(`/${job!.id}`))
    expect(res.status).toBe(200)
    const raw = (await res.json()) as Record<string, unknown>
    for (const key of [
      'started_at',
      'completed_at',
      'canceled_at',
      'error',
      'worker_id',
      'available_workers',
    ]) {
      expect(raw, key).not.toHaveProperty(key)
    }
    expect(raw).toMatchObject({
      status: 'pending',
      type: 'workspace_build',
      logs_overflowed: false,
    })
    const meta = raw.metadata as Record<string, string>
    expect(meta.template_name).toBe('emulator')
    expect(meta.workspace_name).toMatch(/^ws-/)
    expect(meta.workspace_build_transition).toBe('start')
    const [imp] = await createJobs({ count: 1, type: 'template_version_import' })
    expect(imp!.metadata).not.toHaveProperty('workspace_id')
    expect(imp!.metadata.template_version_name).toMatch(/^v-/)
  })

  it('single job: bad uuid 400, unknown or other org 404', async () => {
    const [job] = await createJobs({ count: 1, organization: 'testorg' })
    expect((await owner().get(listPath('/not-a-uuid'))).status).toBe(400)
    expect((await owner().get(listPath(`/${job!.id}`))).status).toBe(404)
    expect((await owner().get(listPath(`/${job!.id}`, 'testorg'))).status).toBe(200)
  })

  it('hides jobs from members (404) but shows them to org template admins', async () => {
    await createJobs({ count: 1 })
    const member = api(running.app, world.users.member.token)
    expect((await member.get(listPath())).status).toBe(404)
    const tadmin = api(running.app, world.users.templateAdmin.token)
    expect((await tadmin.get(listPath())).status).toBe(200)
    expect((await tadmin.get(listPath('', 'testorg'))).status).toBe(404)
    expect((await running.app.request(listPath())).status).toBe(401)
  })
})
