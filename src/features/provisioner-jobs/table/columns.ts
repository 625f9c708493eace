import type { ProvisionerJob, ProvisionerJobStatus, ProvisionerJobType } from '../../../api/types'

export const ROW_HEIGHT = 44

// One grid template shared by the header and every row keeps the columns aligned without
// measuring, which is what lets the body be virtualized with a fixed row height.
export const GRID_COLUMNS = [
  '36px', // select
  '118px', // created
  '134px', // type
  'minmax(110px, 1fr)', // template
  'minmax(110px, 1fr)', // workspace
  '110px', // initiator
  'minmax(112px, auto)', // status (+ bulk outcome)
  '112px', // queue
  'minmax(70px, 0.6fr)', // worker
  'minmax(80px, 0.7fr)', // tags
  '40px', // cancel
].join(' ')
export const MIN_TABLE_WIDTH = 1070

export const columnHeaders = [
  'Created',
  'Type',
  'Template',
  'Workspace',
  'Initiator',
  'Status',
  'Queue',
  'Worker',
  'Tags',
] as const

const typeLabels: Record<ProvisionerJobType, string> = {
  workspace_build: 'Workspace build',
  template_version_import: 'Template import',
  template_version_dry_run: 'Dry run',
}

export const typeLabel = (type: ProvisionerJobType) => typeLabels[type] ?? type

/** Compact form for the table; a build shows its transition when Coder sends it. */
export function jobTypeText(job: ProvisionerJob): string {
  const transition = job.metadata.workspace_build_transition
  if (job.type !== 'workspace_build') return typeLabel(job.type)
  return transition ? `Build · ${transition}` : 'Workspace build'
}

export const queueText = (job: ProvisionerJob) =>
  job.status === 'pending' && job.queue_size > 0 ? `${job.queue_position} / ${job.queue_size}` : '—'

export const tagsText = (tags: Record<string, string>) =>
  Object.entries(tags)
    .map(([key, value]) => `${key}=${value}`)
    .join(' ')

export type CancelAbility = { allowed: true } | { allowed: false; reason: string }

export const isCancelable = (job: ProvisionerJob) =>
  job.status === 'pending' || job.status === 'running'

export const statusLabel = (status: ProvisionerJobStatus) =>
  status.charAt(0).toUpperCase() + status.slice(1)
