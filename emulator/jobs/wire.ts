import type {
  ProvisionerJob,
  ProvisionerJobInput,
  ProvisionerJobStatus,
  ProvisionerJobType,
  WorkspaceTransition,
} from '../../src/api/types.ts'
import type { Tags } from './tags.ts'

export const NIL_UUID = '00000000-0000-0000-0000-000000000000'

/** One row of JOB_SELECT (list.ts). */
export interface JobRow {
  id: string
  created_at: Date
  started_at: Date | null
  completed_at: Date | null
  canceled_at: Date | null
  error: string | null
  error_code: string | null
  status: ProvisionerJobStatus
  worker_id: string | null
  worker_name: string | null
  file_id: string
  tags: Tags
  organization_id: string
  initiator_id: string
  input: ProvisionerJobInput
  type: ProvisionerJobType
  provisioner: string
  logs_overflowed: boolean
  template_version_name: string | null
  template_id: string | null
  template_name: string | null
  template_display_name: string | null
  template_icon: string | null
  workspace_id: string | null
  workspace_name: string | null
  transition: WorkspaceTransition | null
}

export interface QueueSlot {
  position: number
  size: number
}

const iso = (d: Date | null) => (d ? d.toISOString() : undefined)
const nonEmpty = (s: string | null) => (s ? s : undefined)

// Coder's input struct marks every key omitempty.
function wireInput(input: ProvisionerJobInput): ProvisionerJobInput {
  const out: ProvisionerJobInput = {}
  if (input.template_version_id) out.template_version_id = input.template_version_id
  if (input.workspace_build_id) out.workspace_build_id = input.workspace_build_id
  if (input.error) out.error = input.error
  return out
}

function wireMetadata(row: JobRow): ProvisionerJob['metadata'] {
  const metadata: ProvisionerJob['metadata'] = {
    template_version_name: row.template_version_name ?? '',
    template_id: row.template_id ?? NIL_UUID,
    template_name: row.template_name ?? '',
    template_display_name: row.template_display_name ?? '',
    template_icon: row.template_icon ?? '',
  }
  if (row.type === 'workspace_build') {
    if (row.workspace_id) metadata.workspace_id = row.workspace_id
    if (row.workspace_name) metadata.workspace_name = row.workspace_name
    if (row.transition) metadata.workspace_build_transition = row.transition
  }
  return metadata
}

/** A row as Coder's codersdk.ProvisionerJob, omitting what Coder omits (JSON key order kept). */
export function toWireJob(row: JobRow, queue?: QueueSlot, workers: string[] = []): ProvisionerJob {
  const job = {
    id: row.id,
    created_at: row.created_at.toISOString(),
    started_at: iso(row.started_at),
    completed_at: iso(row.completed_at),
    canceled_at: iso(row.canceled_at),
    error: nonEmpty(row.error),
    error_code: nonEmpty(row.error_code),
    status: row.status,
    worker_id: nonEmpty(row.worker_id),
    worker_name: nonEmpty(row.worker_name),
    file_id: row.file_id,
    tags: row.tags,
    queue_position: queue?.position ?? 0,
    queue_size: queue?.size ?? 0,
    organization_id: row.organization_id,
    initiator_id: row.initiator_id,
    input: wireInput(row.input),
    type: row.type,
    available_workers: workers.length > 0 && !row.started_at ? workers : undefined,
    metadata: wireMetadata(row),
    logs_overflowed: row.logs_overflowed,
  }
  // JSON.stringify drops undefined members, exactly like Go's omitempty here.
  return job
}
