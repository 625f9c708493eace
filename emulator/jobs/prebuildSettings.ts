import type { PrebuildsSettings } from '../../src/api/types.ts'
import type { Emulator } from '../context.ts'

const KEY = 'prebuilds_settings'

export async function readPrebuildsSettings(emu: Emulator): Promise<PrebuildsSettings> {
  const { rows } = await emu.db.query<{ value: string }>(
    'SELECT value FROM site_configs WHERE key = $1',
    [KEY],
  )
  const stored = rows[0] ? (JSON.parse(rows[0].value) as Partial<PrebuildsSettings>) : {}
  return { reconciliation_paused: stored.reconciliation_paused === true }
}

export async function writePrebuildsSettings(
  emu: Emulator,
  settings: PrebuildsSettings,
): Promise<void> {
  await emu.db.query(
    `INSERT INTO site_configs (key, value) VALUES ($1, $2)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
    [KEY, JSON.stringify({ reconciliation_paused: settings.reconciliation_paused })],
  )
}
