import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BuildInfoResponse } from '../../src/api/types.ts'
import { isUuid } from '../http.ts'
import { createTestEmulator, type RunningEmulator } from '../testing.ts'

let running: RunningEmulator
beforeAll(async () => {
  running = await createTestEmulator({ config: { version: 'v2.27.1+abc1234' } })
}, 60_000)
afterAll(() => running.close())

describe('GET /buildinfo', () => {
  it('answers without a session, with the seeded deployment id and configured version', async () => {
    const res = await running.app.request('/api/v2/buildinfo')
    expect(res.status).toBe(200)
    expect(res.headers.get('X-Coder-Build-Version')).toBe('v2.27.1+abc1234')
    const body = (await res.json()) as BuildInfoResponse
    const { rows } = await running.emu.db.query<{ value: string }>(
      "SELECT value FROM site_configs WHERE key = 'deployment_id'",
    )
    expect(isUuid(body.deployment_id)).toBe(true)
    expect(body.deployment_id).toBe(rows[0]?.value)
    expect(body).toMatchObject({
      version: 'v2.27.1+abc1234',
      external_url: 'https://github.com/coder/coder/commit/abc1234',
      workspace_proxy: false,
      upgrade_message: '',
    })
  })

  it('gives every emulator its own deployment id', async () => {
    const other = await createTestEmulator()
    try {
      const a = (await (await running.app.request('/api/v2/buildinfo')).json()) as BuildInfoResponse
      const b = (await (await other.app.request('/api/v2/buildinfo')).json()) as BuildInfoResponse
      expect(a.deployment_id).not.toBe(b.deployment_id)
    } finally {
      await other.close()
    }
  })
})
