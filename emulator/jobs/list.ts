import { PrebuildsSystemUserID, type ProvisionerJob } from '../../src/api/types.ts'
import type { Emulator } from '../context.ts'
import { tagsetContains, type Tags } from './tags.ts'
import { toWireJob, type JobRow, type QueueSlot } from './wire.ts'

export interface JobFilter {
  organizationId?: string
  ids?: string[]
  statuses?: string[]
  tags?: Tags
  initiatorId?: string
  /** 0 = no limit. */
  limit: number
}

// Metadata comes from the build (workspace_build jobs) or the input's template version.
const JOB_SELECT = `
SELECT pj.id, pj.created_at, pj.started_at, pj.completed_at, pj.canceled_at, pj.error,
  pj.error_code, pj.job_status AS status, pj.worker_id, pd.name AS worker_name, pj.file_id,
  pj.tags, pj.organization_id, pj.initiator_id, pj.input, pj.type, pj.provisioner,
  pj.logs_overflowed, tv.name AS template_version_name, t.id AS template_id,
  t.name AS template_name, t.display_name AS template_display_name, t.icon AS template_icon,
  w.id AS workspace_id, w.name AS workspace_name, wb.transition
FROM provisioner_jobs pj
LEFT JOIN provisioner_daemons pd ON pd.id = pj.worker_id
LEFT JOIN workspace_builds wb ON pj.type = 'workspace_build' AND wb.job_id = pj.id
LEFT JOIN template_versions tv
  ON tv.id = COALESCE(wb.template_version_id, NULLIF(pj.input->>'template_version_id', '')::uuid)
LEFT JOIN templates t ON t.id = tv.template_id
LEFT JOIN workspaces w ON w.id = wb.workspace_id`

function whereClause(filter: JobFilter): { sql: string; args: unknown[] } {
  const parts: string[] = []
  const args: unknown[] = []
  const arg = (value: unknown) => {
    args.push(value)
    return `$${args.length}`
  }
  if (filter.organizationId) parts.push(`pj.organization_id = ${arg(filter.organizationId)}`)
  if (filter.ids?.length) parts.push(`pj.id = ANY(${arg(filter.ids)}::uuid[])`)
  if (filter.statuses?.length) {
    parts.push(`pj.job_status = ANY(${arg(filter.statuses)}::text[]::provisioner_job_status[])`)
  }
  if (filter.tags) {
    parts.push(`provisioner_tagset_contains(pj.tags, ${arg(JSON.stringify(filter.tags))}::jsonb)`)
  }
  if (filter.initiatorId) parts.push(`pj.initiator_id = ${arg(filter.initiatorId)}`)
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', args }
}

/**
 * Positions in the deployment-wide queue (every organization): humans before prebuilds, then
 * oldest first; computed only when the page holds pending jobs. The window walks
 * provisioner_jobs_queue_idx in order, so no sort is needed.
 */
async function queueSlots(emu: Emulator, pendingIds: string[]): Promise<Map<string, QueueSlot>> {
  const slots = new Map<string, QueueSlot>()
  if (pendingIds.length === 0) return slots
  const { rows } = await emu.db.query<{ id: string; position: number; size: number }>(
    `SELECT id, position::int, size::int FROM (
       SELECT id,
         row_number() OVER (ORDER BY (initiator_id = $1::uuid), created_at, id) AS position,
         count(*) OVER () AS size
       FROM provisioner_jobs
       WHERE started_at IS NULL AND canceled_at IS NULL AND completed_at IS NULL AND error IS NULL
     ) q WHERE id = ANY($2::uuid[])`,
    [PrebuildsSystemUserID, pendingIds],
  )
  for (const r of rows) slots.set(r.id, { position: r.position, size: r.size })
  return slots
}

interface DaemonCandidate {
  id: string
  organization_id: string
  provisioners: string[]
  tags: Tags
}

async function workerFinder(emu: Emulator, rows: JobRow[]) {
  const orgIds = [...new Set(rows.filter((r) => !r.started_at).map((r) => r.organization_id))]
  if (orgIds.length === 0) return () => []
  const { rows: daemons } = await emu.db.query<DaemonCandidate>(
    `SELECT id, organization_id, provisioners, tags FROM provisioner_daemons
     WHERE organization_id = ANY($1::uuid[]) ORDER BY created_at, id`,
    [orgIds],
  )
  return (job: JobRow) =>
    daemons
      .filter(
        (d) =>
          d.organization_id === job.organization_id &&
          d.provisioners.includes(job.provisioner) &&
          tagsetContains(d.tags, job.tags),
      )
      .map((d) => d.id)
}

/** Jobs newest first, in Coder's wire shape (queue slots, available workers, metadata). */
export async function listJobs(emu: Emulator, filter: JobFilter): Promise<ProvisionerJob[]> {
  const where = whereClause(filter)
  const limit = filter.limit > 0 ? `LIMIT ${Math.floor(filter.limit)}` : ''
  const { rows } = await emu.db.query<JobRow>(
    `${JOB_SELECT} ${where.sql} ORDER BY pj.created_at DESC, pj.id DESC ${limit}`,
    where.args,
  )
  const pending = rows.filter((r) => r.status === 'pending').map((r) => r.id)
  const [slots, workersFor] = await Promise.all([queueSlots(emu, pending), workerFinder(emu, rows)])
  return rows.map((r) => toWireJob(r, slots.get(r.id), workersFor(r)))
}

/** One job (any organization) in Coder's shape, or undefined. */
export async function getJob(emu: Emulator, id: string): Promise<ProvisionerJob | undefined> {
  const [job] = await listJobs(emu, { ids: [id], limit: 1 })
  return job
}
