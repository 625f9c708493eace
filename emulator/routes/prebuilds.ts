import type { Api } from '../app.ts'
import { requireAuth } from '../auth.ts'
import type { Emulator } from '../context.ts'
import { requireFeature } from '../entitlements.ts'
import { forbidden, HttpError, readJson } from '../http.ts'
import { readPrebuildsSettings, writePrebuildsSettings } from '../jobs/prebuildSettings.ts'
import { can } from '../rbac.ts'

function parseSettingsBody(body: unknown): boolean {
  const value = (body as { reconciliation_paused?: unknown } | null)?.reconciliation_paused
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(
      400,
      'Request body must be valid JSON.',
      'json: cannot unmarshal into Go value of type codersdk.PrebuildsSettings',
    )
  }
  // Go decodes a missing field as false; a wrong type is a decode error.
  if (value !== undefined && typeof value !== 'boolean') {
    throw new HttpError(
      400,
      'Request body must be valid JSON.',
      'json: cannot unmarshal value into Go struct field PrebuildsSettings.reconciliation_paused of type bool',
    )
  }
  return value === true
}

export function registerPrebuilds(api: Api, emu: Emulator): void {
  const gate = [requireAuth(emu), requireFeature(emu, 'workspace_prebuilds')] as const

  // UNVERIFIED in Coder: any signed-in user may read the setting.
  api.get('/prebuilds/settings', ...gate, async (c) => c.json(await readPrebuildsSettings(emu)))

  api.put('/prebuilds/settings', ...gate, async (c) => {
    const paused = parseSettingsBody(await readJson<unknown>(c))
    const current = await readPrebuildsSettings(emu)
    // Coder compares before it authorizes (coder-api.md §6.7): no change is 304 for anyone.
    if (current.reconciliation_paused === paused) return c.body(null, 304)
    // UNVERIFIED RBAC: believed to be update on deployment_config, i.e. site owners.
    if (!can(c.var.subject, 'update', { type: 'deployment_config' })) return forbidden(c)
    await writePrebuildsSettings(emu, { reconciliation_paused: paused })
    return c.json({ reconciliation_paused: paused })
  })
}
