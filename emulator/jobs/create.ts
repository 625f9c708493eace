import { randomUUID } from 'node:crypto'
import {
  ProvisionerJobStatuses,
  type ProvisionerJobStatus,
  type ProvisionerJobType,
} from '../../src/api/types.ts'
import type { Emulator } from '../context.ts'
import type { Database } from '../db.ts'
import { insertRows } from './bulk.ts'
import type { Tags } from './tags.ts'

export type CreatableStatus = Exclude<ProvisionerJobStatus, 'unknown'>
export const CREATABLE_STATUSES = ProvisionerJobStatuses.filter(
  (s): s is CreatableStatus => s !== 'unknown',
)

export interface JobBatch {
  organizationId: string
  initiatorId: string
  type: ProvisionerJobType
  status: CreatableStatus
  tags: Tags
  count: number
  templateId: string
  /** For workspace builds and dry runs; imports get a fresh version each. */
  templateVersionId: string
  /** created_at of job i (0 = oldest). */
  createdAt: (i: number) => Date
  presetId?: string
  workerId?: string
  error?: string
  /** Workspace name prefix for workspace builds. */
  workspacePrefix?: string
}

interface JobTimes {
  started_at: Date | null
  completed_at: Date | null
  canceled_at: Date | null
  error: string | null
}

const later = (d: Date, ms: number, cap: Date) =>
  new Date(Math.max(d.getTime(), Math.min(d.getTime() + ms, cap.getTime())))

// Plausible timestamps for a job that reached `status`, never past `now`.
function timesFor(status: CreatableStatus, created: Date, now: Date, error: string): JobTimes {
  const started = later(created, 800, now)
  const finished = later(created, 4_000, now)
  const none = { started_at: null, completed_at: null, canceled_at: null, error: null }
  switch (status) {
    case 'pending':
      return none
    case 'running':
      return { ...none, started_at: started }
    case 'succeeded':
      return { ...none, started_at: started, completed_at: finished }
    case 'failed':
      return { ...none, started_at: started, completed_at: finished, error }
    case 'canceling':
      return { ...none, started_at: started, canceled_at: finished }
    case 'canceled':
      return { ...none, canceled_at: started, completed_at: started }
  }
}

const JOB_COLUMNS = [
  { name: 'id', type: 'uuid' },
  { name: 'created_at', type: 'timestamptz' },
  { name: 'updated_at', type: 'timestamptz' },
  { name: 'started_at', type: 'timestamptz' },
  { name: 'canceled_at', type: 'timestamptz' },
  { name: 'completed_at', type: 'timestamptz' },
  { name: 'error', type: 'text' },
  { name: 'organization_id', type: 'uuid' },
  { name: 'initiator_id', type: 'uuid' },
  { name: 'type', type: 'text', cast: 'provisioner_job_type' },
  { name: 'input', type: 'text', cast: 'jsonb' },
  { name: 'worker_id', type: 'uuid' },
  { name: 'file_id', type: 'uuid' },
  { name: 'tags', type: 'text', cast: 'jsonb' },
]

const WORKSPACE_COLUMNS = [
  { name: 'id', type: 'uuid' },
  { name: 'organization_id', type: 'uuid' },
  { name: 'owner_id', type: 'uuid' },
  { name: 'template_id', type: 'uuid' },
  { name: 'name', type: 'text' },
  { name: 'preset_id', type: 'uuid' },
  { name: 'created_at', type: 'timestamptz' },
  { name: 'updated_at', type: 'timestamptz' },
]

const BUILD_COLUMNS = [
  { name: 'id', type: 'uuid' },
  { name: 'workspace_id', type: 'uuid' },
  { name: 'template_version_id', type: 'uuid' },
  { name: 'template_version_preset_id', type: 'uuid' },
  { name: 'build_number', type: 'int4' },
  { name: 'transition', type: 'text', cast: 'workspace_transition' },
  { name: 'initiator_id', type: 'uuid' },
  { name: 'job_id', type: 'uuid' },
  { name: 'created_at', type: 'timestamptz' },
  { name: 'updated_at', type: 'timestamptz' },
]

const VERSION_COLUMNS = [
  { name: 'id', type: 'uuid' },
  { name: 'template_id', type: 'uuid' },
  { name: 'organization_id', type: 'uuid' },
  { name: 'name', type: 'text' },
  { name: 'job_id', type: 'uuid' },
  { name: 'created_by', type: 'uuid' },
  { name: 'created_at', type: 'timestamptz' },
]

interface Planned {
  jobs: unknown[][]
  workspaces: unknown[][]
  builds: unknown[][]
  versions: unknown[][]
  ids: string[]
}

function planBatch(batch: JobBatch, now: Date): Planned {
  const planned: Planned = { jobs: [], workspaces: [], builds: [], versions: [], ids: [] }
  const error = batch.error ?? 'terraform apply: exit status 1'
  for (let i = 0; i < batch.count; i++) {
    const jobId = randomUUID()
    const created = batch.createdAt(i)
    const times = timesFor(batch.status, created, now, error)
    const updated = times.completed_at ?? times.canceled_at ?? times.started_at ?? created
    let input: Record<string, string>
    if (batch.type === 'workspace_build') {
      const workspaceId = randomUUID()
      const buildId = randomUUID()
      const name = `${batch.workspacePrefix ?? 'ws'}-${workspaceId.slice(0, 8)}`
      planned.workspaces.push([
        workspaceId,
        batch.organizationId,
        batch.initiatorId,
        batch.templateId,
        name,
        batch.presetId ?? null,
        created,
        created,
      ])
      planned.builds.push([
        buildId,
        workspaceId,
        batch.templateVersionId,
        batch.presetId ?? null,
        1,
        'start',
        batch.initiatorId,
        jobId,
        created,
        created,
      ])
      input = { workspace_build_id: buildId, template_version_id: batch.templateVersionId }
    } else if (batch.type === 'template_version_import') {
      const versionId = randomUUID()
      planned.versions.push([
        versionId,
        batch.templateId,
        batch.organizationId,
        `v-${versionId.slice(0, 8)}`,
        jobId,
        batch.initiatorId,
        created,
      ])
      input = { template_version_id: versionId }
    } else {
      input = { template_version_id: batch.templateVersionId }
    }
    const worker = times.started_at ? (batch.workerId ?? null) : null
    planned.jobs.push([
      jobId,
      created,
      updated,
      times.started_at,
      times.canceled_at,
      times.completed_at,
      times.error,
      batch.organizationId,
      batch.initiatorId,
      batch.type,
      JSON.stringify(input),
      worker,
      randomUUID(),
      JSON.stringify(batch.tags),
    ])
    planned.ids.push(jobId)
  }
  return planned
}

const ANALYZE_THRESHOLD = 500

async function analyzeJobTables(emu: Emulator): Promise<void> {
  // VACUUM also fills the visibility map, so queue counts can be index-only scans.
  await emu.db.exec(
    'VACUUM ANALYZE provisioner_jobs, workspaces, workspace_builds, template_versions, templates',
  )
}

/** Inserts the jobs with the rows that back them (workspace + build, or template version). */
export async function insertJobBatch(emu: Emulator, batch: JobBatch): Promise<string[]> {
  const planned = planBatch(batch, emu.now())
  await emu.db.transaction(async (tx) => {
    const db = tx as unknown as Pick<Database, 'query'>
    // Rows are consistent by construction; skipping per-row foreign-key triggers halves the
    // cost of a 100k-job load. SET LOCAL ends with the transaction.
    await tx.exec('SET LOCAL session_replication_role = replica')
    await insertRows(db, 'provisioner_jobs', JOB_COLUMNS, planned.jobs)
    await insertRows(db, 'workspaces', WORKSPACE_COLUMNS, planned.workspaces)
    await insertRows(db, 'workspace_builds', BUILD_COLUMNS, planned.builds)
    await insertRows(db, 'template_versions', VERSION_COLUMNS, planned.versions)
  })
  // PGlite has no autovacuum: without fresh statistics after a bulk load the planner expects
  // one row everywhere and picks nested loops that take minutes on 100k jobs.
  if (batch.count >= ANALYZE_THRESHOLD) await analyzeJobTables(emu)
  return planned.ids
}
