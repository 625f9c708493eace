import type { BuildInfoResponse } from '../../src/api/types.ts'
import type { Api } from '../app.ts'
import type { Emulator } from '../context.ts'

// The commit part of a version like v2.28.0+emulator or v2.27.1+abc1234.
const commitOf = (version: string) => version.split('+')[1] ?? ''

export function registerBuildinfo(app: Api, emu: Emulator): void {
  app.get('/buildinfo', async (c) => {
    const { rows } = await emu.db.query<{ value: string }>(
      "SELECT value FROM site_configs WHERE key = 'deployment_id'",
    )
    const body: BuildInfoResponse = {
      external_url: `https://github.com/coder/coder/commit/${commitOf(emu.config.version)}`,
      version: emu.config.version,
      dashboard_url: new URL(c.req.url).origin,
      workspace_proxy: false,
      agent_api_version: '2.6',
      provisioner_api_version: '1.10',
      upgrade_message: '',
      deployment_id: rows[0]?.value ?? '',
      telemetry: false,
    }
    return c.json(body)
  })
}
