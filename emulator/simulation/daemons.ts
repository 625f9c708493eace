import { PrebuildsSystemUserID } from '../../src/api/types.ts'
import type { Emulator } from '../context.ts'
import type { Tags } from '../jobs/tags.ts'

export interface DaemonStepOptions {
  /** How long a job runs before it ends. */
  runMs: number
  /** Share of finished jobs that fail. */
  failureRate: number
}

const FAILURES = [
  'terraform apply: exit status 1',
  'error creating container: image not found',
  'provisioner: timed out waiting for the agent',
]

export async function heartbeat(emu: Emulator): Promise<void> {
  await emu.db.query('UPDATE provisioner_daemons SET last_seen_at = $1 WHERE simulated', [
    emu.now(),
  ])
}

/** Ends jobs simulated daemons are running: canceled ones fail with `canceled`, others finish. */
export async function finishJobs(emu: Emulator, options: DaemonStepOptions): Promise<number> {
  const now = emu.now()
  // A provisioner that is told to stop fails the job with "canceled" (coder-api.md §2.1).
  const canceled = await emu.db.query(
    `UPDATE provisioner_jobs SET completed_at = $1, updated_at = $1, error = 'canceled'
     WHERE completed_at IS NULL AND canceled_at IS NOT NULL AND started_at IS NOT NULL
       AND worker_id IN (SELECT id FROM provisioner_daemons WHERE simulated)`,
    [now],
  )
  const { rows } = await emu.db.query<{ id: string }>(
    `SELECT id FROM provisioner_jobs
     WHERE completed_at IS NULL AND canceled_at IS NULL AND started_at <= $1
       AND worker_id IN (SELECT id FROM provisioner_daemons WHERE simulated)
     ORDER BY started_at, id`,
    [new Date(now.getTime() - options.runMs)],
  )
  for (const { id } of rows) {
    const fails = emu.random() < options.failureRate
    const error = fails ? FAILURES[Math.floor(emu.random() * FAILURES.length)]! : null
    await emu.db.query(
      'UPDATE provisioner_jobs SET completed_at = $2, updated_at = $2, error = $3 WHERE id = $1',
      [id, now, error],
    )
  }
  return (canceled.affectedRows ?? 0) + rows.length
}

interface IdleDaemon {
  id: string
  organization_id: string
  provisioners: string[]
  tags: Tags
}

/** Every idle simulated daemon takes the first queued job it can run (humans first). */
export async function acquireJobs(emu: Emulator): Promise<number> {
  const { rows: idle } = await emu.db.query<IdleDaemon>(
    `SELECT d.id, d.organization_id, d.provisioners, d.tags FROM provisioner_daemons d
     WHERE d.simulated AND NOT EXISTS (
       SELECT 1 FROM provisioner_jobs pj WHERE pj.worker_id = d.id AND pj.completed_at IS NULL)
     ORDER BY d.created_at, d.id`,
  )
  let acquired = 0
  for (const daemon of idle) {
    const { rows } = await emu.db.query<{ id: string }>(
      `UPDATE provisioner_jobs SET started_at = $1, updated_at = $1, worker_id = $2
       WHERE id = (
         SELECT id FROM provisioner_jobs
         WHERE started_at IS NULL AND canceled_at IS NULL AND completed_at IS NULL AND error IS NULL
           AND organization_id = $3 AND provisioner = ANY($4::text[])
           AND provisioner_tagset_contains($5::jsonb, tags)
         ORDER BY (initiator_id = $6::uuid), created_at, id LIMIT 1)
       RETURNING id`,
      [
        emu.now(),
        daemon.id,
        daemon.organization_id,
        daemon.provisioners,
        JSON.stringify(daemon.tags),
        PrebuildsSystemUserID,
      ],
    )
    acquired += rows.length
  }
  return acquired
}
