import type { Api } from '../app.ts'
import type { Emulator, SeedName } from '../context.ts'
import { truncateAll } from '../db.ts'
import { forgetEntitlements } from '../entitlements.ts'
import { NO_FAULTS, parseFaultRule } from '../faults.ts'
import { HttpError, readJson } from '../http.ts'
import type { Context } from 'hono'
import { createJobsJson } from '../jobs/createRequest.ts'
import { applySeed } from '../seed/index.ts'

// An empty body means defaults.
const readBody = async (c: Context) =>
  (await c.req.raw.clone().text()).trim() === '' ? {} : await readJson<Record<string, unknown>>(c)

const SEEDS: readonly string[] = ['empty', 'demo'] satisfies SeedName[]

/** Resets the database to a seed; faults are cleared too. */
export async function resetEmulator(emu: Emulator, seed: SeedName): Promise<void> {
  await truncateAll(emu.db)
  emu.faults = { ...NO_FAULTS }
  await applySeed(emu, seed)
  forgetEntitlements(emu)
}

// Test-only control API, deliberately outside /api/v2 and without auth (it is never part of
// a real Coder); e2e tests and the bench drive the emulator through it.
export function registerControl(app: Api, emu: Emulator): void {
  app.post('/__emulator/reset', async (c) => {
    const body = await readBody(c)
    const seed = (body as Record<string, unknown> | null)?.seed ?? 'empty'
    if (typeof seed !== 'string' || !SEEDS.includes(seed)) {
      throw new HttpError(400, 'Validation failed.', undefined, [
        { field: 'seed', detail: 'must be "empty" or "demo"' },
      ])
    }
    await resetEmulator(emu, seed as SeedName)
    return c.json({ message: `Emulator reset with the ${seed} seed.` })
  })

  app.post('/__emulator/provisioner-jobs', async (c) => {
    const json = await createJobsJson(emu, await readJson<unknown>(c))
    return c.body(json, 201, { 'Content-Type': 'application/json; charset=utf-8' })
  })

  app.post('/__emulator/faults', async (c) => {
    emu.faults = parseFaultRule(await readJson<unknown>(c))
    const { rate, status, delayMs, path } = emu.faults
    return c.json({ rate, status, delay_ms: delayMs, path })
  })
}
