import type {
  ProvisionerDaemon,
  ProvisionerDaemonJob,
  ProvisionerDaemonStatus,
} from '../../src/api/types.ts'
import type { Emulator } from '../context.ts'
import type { Tags } from './tags.ts'

/** A daemon unseen for longer than this is offline (Coder's provisioner stale interval). */
const DAEMON_STALE_MS = 90_000

export interface DaemonFilter {
  organizationId: string
  ids?: string[]
  statuses?: ProvisionerDaemonStatus[]
  tags?: Tags
  /** 0 = no limit. */
  limit: number
}

interface DaemonRow {
  id: string
  organization_id: string
  key_id: string
  key_name: string
  created_at: Date
  last_seen_at: Date | null
  name: string
  version: string
  api_version: string
  provisioners: string[]
  tags: Tags
  status: ProvisionerDaemonStatus
  current_job: ProvisionerDaemonJob | null
  previous_job: ProvisionerDaemonJob | null
}

// The daemon's newest job still in progress (current) and newest finished one (previous).
const jobJson = (finished: boolean) => `(
  SELECT json_build_object('id', pj.id, 'status', pj.job_status,
    'template_name', coalesce(t.name, ''), 'template_icon', coalesce(t.icon, ''),
    'template_display_name', coalesce(t.display_name, ''))
  FROM provisioner_jobs pj
  LEFT JOIN workspace_builds wb ON wb.job_id = pj.id
  LEFT JOIN template_versions tv
    ON tv.id = coalesce(wb.template_version_id, nullif(pj.input->>'template_version_id', '')::uuid)
  LEFT JOIN templates t ON t.id = tv.template_id
  WHERE pj.worker_id = d.id AND pj.completed_at IS ${finished ? 'NOT NULL' : 'NULL'}
  ORDER BY ${finished ? 'pj.completed_at' : 'pj.started_at'} DESC LIMIT 1)`

export async function listDaemons(
  emu: Emulator,
  filter: DaemonFilter,
): Promise<ProvisionerDaemon[]> {
  const args: unknown[] = [filter.organizationId, new Date(emu.now().getTime() - DAEMON_STALE_MS)]
  const where = ['d.organization_id = $1']
  if (filter.ids?.length) {
    args.push(filter.ids)
    where.push(`d.id = ANY($${args.length}::uuid[])`)
  }
  if (filter.tags) {
    args.push(JSON.stringify(filter.tags))
    where.push(`provisioner_tagset_contains(d.tags, $${args.length}::jsonb)`)
  }
  const statusFilter = filter.statuses?.length
    ? `WHERE status = ANY($${args.push(filter.statuses)}::text[])`
    : ''
  const limit = filter.limit > 0 ? `LIMIT ${Math.floor(filter.limit)}` : ''
  const { rows } = await emu.db.query<DaemonRow>(
    `SELECT * FROM (
       SELECT d.id, d.organization_id, d.key_id, d.key_name, d.created_at, d.last_seen_at, d.name,
         d.version, d.api_version, d.provisioners, d.tags, cur.job AS current_job,
         prev.job AS previous_job,
         CASE WHEN d.last_seen_at IS NULL OR d.last_seen_at < $2 THEN 'offline'
              WHEN cur.job IS NOT NULL THEN 'busy' ELSE 'idle' END AS status
       FROM provisioner_daemons d
       CROSS JOIN LATERAL (SELECT ${jobJson(false)} AS job) cur
       CROSS JOIN LATERAL (SELECT ${jobJson(true)} AS job) prev
       WHERE ${where.join(' AND ')}
     ) daemons ${statusFilter}
     ORDER BY created_at DESC, id ${limit}`,
    args,
  )
  return rows.map(toWireDaemon)
}

function toWireDaemon(row: DaemonRow): ProvisionerDaemon {
  return {
    id: row.id,
    organization_id: row.organization_id,
    key_id: row.key_id,
    key_name: row.key_name,
    created_at: row.created_at.toISOString(),
    last_seen_at: row.last_seen_at?.toISOString(),
    name: row.name,
    version: row.version,
    api_version: row.api_version,
    provisioners: row.provisioners,
    tags: row.tags,
    status: row.status,
    current_job: row.current_job ?? undefined,
    previous_job: row.previous_job ?? undefined,
  }
}
