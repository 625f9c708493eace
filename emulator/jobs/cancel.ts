import type { ProvisionerJobStatus } from '../../src/api/types.ts'
import type { Emulator } from '../context.ts'

export interface JobState {
  id: string
  status: ProvisionerJobStatus
  completed_at: Date | null
  canceled_at: Date | null
  worker_id: string | null
  started_at: Date | null
}

export async function loadJobState(emu: Emulator, id: string): Promise<JobState | undefined> {
  const { rows } = await emu.db.query<JobState>(
    `SELECT id, job_status AS status, completed_at, canceled_at, worker_id, started_at
     FROM provisioner_jobs WHERE id = $1`,
    [id],
  )
  return rows[0]
}

/**
 * Marks a job canceled. A job nobody picked up is finished at once (canceled); one a
 * provisioner is running only gets canceled_at (canceling) until the provisioner stops it.
 */
export async function markCanceled(emu: Emulator, job: JobState): Promise<void> {
  const now = emu.now()
  const notStarted = !job.started_at && !job.worker_id
  await emu.db.query(
    `UPDATE provisioner_jobs SET canceled_at = $2, updated_at = $2,
       completed_at = CASE WHEN $3::boolean THEN $2 ELSE completed_at END
     WHERE id = $1`,
    [job.id, now, notStarted],
  )
}
