// GET /api/v2/entitlements: no auth middleware in Coder's enterprise router (coder-api.md §4.6).
import type { Api } from '../app.ts'
import type { Emulator } from '../context.ts'
import { computeEntitlements } from '../entitlements.ts'

export function registerEntitlements(app: Api, emu: Emulator): void {
  app.get('/entitlements', async (c) => c.json(await computeEntitlements(emu)))
}
