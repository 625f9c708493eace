import { PrebuildsSystemUserID, type ProvisionerJob } from '../../src/api/types.ts'
import type { Emulator } from '../context.ts'
import type { Tags } from './tags.ts'

export interface JobFilter {
  organizationId?: string
  ids?: string[]
  statuses?: string[]
  tags?: Tags
  initiatorId?: string
  /** 0 = no limit. */
  limit: number
  /** Oldest first instead of Coder's newest first (the control API answers that way). */
  ascending?: boolean
}

const PENDING =
  'started_at IS NULL AND canceled_at IS NULL AND completed_at IS NULL AND error IS NULL'
const QUEUE_KEY = `(initiator_id = '${PrebuildsSystemUserID}'::uuid), created_at, id`
const time = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`

function whereClause(filter: JobFilter): { sql: string; args: unknown[] } {
  const parts: string[] = []
  const args: unknown[] = []
  const arg = (value: unknown) => `$${args.push(value)}`
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

// The whole answer is built as JSON inside Postgres: turning 100k rows into JS objects costs
// several times more than one JSON text. json_strip_nulls drops exactly Coder's omitempty
// fields, since every other field is non-null here.
// Queue: every pending job of the deployment counts (not just this organization), humans
// before prebuilds, then oldest first. Positions come from a window over just the span of
// queue keys the page covers, offset by a count of what lies before it; both counts share
// one index scan, and none of it runs when the page holds no pending job.
const LIST_SQL = (where: string, limit: string, direction: string) => `
WITH page AS (
  SELECT pj.* FROM provisioner_jobs pj ${where}
  ORDER BY pj.created_at DESC, pj.id DESC ${limit}
), first_pending AS (
  SELECT ${QUEUE_KEY} FROM page WHERE ${PENDING} ORDER BY 1, 2, 3 LIMIT 1
), last_pending AS (
  SELECT ${QUEUE_KEY} FROM page WHERE ${PENDING} ORDER BY 1 DESC, 2 DESC, 3 DESC LIMIT 1
), queue_counts AS (
  SELECT count(*) FILTER (WHERE (${QUEUE_KEY}) < (SELECT * FROM first_pending))::int AS before,
    count(*)::int AS size
  FROM provisioner_jobs WHERE ${PENDING} AND EXISTS (SELECT 1 FROM first_pending)
), queue AS (
  SELECT id, row_number() OVER (ORDER BY ${QUEUE_KEY})::int AS rank FROM provisioner_jobs
  WHERE ${PENDING} AND (${QUEUE_KEY}) >= (SELECT * FROM first_pending)
    AND (${QUEUE_KEY}) <= (SELECT * FROM last_pending)
), unstarted AS (
  SELECT DISTINCT organization_id, provisioner, tags FROM page WHERE started_at IS NULL
), workers AS (
  SELECT u.organization_id, u.provisioner, u.tags, json_agg(d.id ORDER BY d.created_at, d.id) AS ids
  FROM unstarted u
  JOIN provisioner_daemons d ON d.organization_id = u.organization_id
    AND u.provisioner = ANY(d.provisioners) AND provisioner_tagset_contains(d.tags, u.tags)
  GROUP BY 1, 2, 3
)
SELECT coalesce(json_agg(json_strip_nulls(json_build_object(
    'id', pj.id,
    'created_at', ${time('pj.created_at')},
    'started_at', ${time('pj.started_at')},
    'completed_at', ${time('pj.completed_at')},
    'canceled_at', ${time('pj.canceled_at')},
    'error', nullif(pj.error, ''),
    'error_code', nullif(pj.error_code, ''),
    'status', pj.job_status,
    'worker_id', pj.worker_id,
    'worker_name', nullif(pd.name, ''),
    'file_id', pj.file_id,
    'tags', pj.tags,
    'queue_position', coalesce(q.rank + (SELECT before FROM queue_counts), 0),
    'queue_size', CASE WHEN q.rank IS NULL THEN 0 ELSE (SELECT size FROM queue_counts) END,
    'organization_id', pj.organization_id,
    'initiator_id', pj.initiator_id,
    'input', pj.input,
    'type', pj.type,
    'available_workers', CASE WHEN pj.started_at IS NULL THEN wk.ids END,
    'metadata', json_build_object(
      'template_version_name', coalesce(tv.name, ''),
      'template_id', coalesce(t.id, '00000000-0000-0000-0000-000000000000'::uuid),
      'template_name', coalesce(t.name, ''),
      'template_display_name', coalesce(t.display_name, ''),
      'template_icon', coalesce(t.icon, ''),
      'workspace_id', w.id,
      'workspace_name', w.name,
      'workspace_build_transition', wb.transition),
    'logs_overflowed', pj.logs_overflowed
  )) ORDER BY pj.created_at ${direction}, pj.id ${direction}), '[]')::text AS json
FROM page pj
LEFT JOIN queue q ON q.id = pj.id
LEFT JOIN workers wk ON wk.organization_id = pj.organization_id
  AND wk.provisioner = pj.provisioner AND wk.tags = pj.tags
LEFT JOIN provisioner_daemons pd ON pd.id = pj.worker_id
LEFT JOIN workspace_builds wb ON pj.type = 'workspace_build' AND wb.job_id = pj.id
LEFT JOIN template_versions tv
  ON tv.id = coalesce(wb.template_version_id, nullif(pj.input->>'template_version_id', '')::uuid)
LEFT JOIN templates t ON t.id = tv.template_id
LEFT JOIN workspaces w ON w.id = wb.workspace_id`

/** Jobs newest first as the JSON text of Coder's ProvisionerJob[] (ready to send). */
export async function listJobsJson(emu: Emulator, filter: JobFilter): Promise<string> {
  const where = whereClause(filter)
  const limit = filter.limit > 0 ? `LIMIT ${Math.floor(filter.limit)}` : ''
  const sql = LIST_SQL(where.sql, limit, filter.ascending ? 'ASC' : 'DESC')
  const { rows } = await emu.db.query<{ json: string }>(sql, where.args)
  return rows[0]?.json ?? '[]'
}

export async function listJobs(emu: Emulator, filter: JobFilter): Promise<ProvisionerJob[]> {
  return JSON.parse(await listJobsJson(emu, filter)) as ProvisionerJob[]
}
