import type { ProvisionerJob, ProvisionerJobStatus, ProvisionerJobType } from '../../../api/types'

export const ROW_HEIGHT = 44

// One grid template shared by the header and every row keeps the columns aligned without
// measuring, which is what lets the body be virtualized with a fixed row height.
export const GRID_COLUMNS =
  '40px 120px 150px minmax(160px, 1.4fr) minmax(130px, 1fr) minmax(110px, 0.8fr) 150px 80px minmax(110px, 0.8fr) minmax(140px, 1fr) 48px'
export const MIN_TABLE_WIDTH = 1280

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

export function jobTypeText(job: ProvisionerJob): string {
  const transition = job.metadata.workspace_build_transition
  return transition ? `${typeLabel(job.type)} · ${transition}` : typeLabel(job.type)
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

// Icons come from template metadata anyone with template access can set, so only
// http(s) and same-origin paths are loaded; anything else (javascript:, data:) is dropped.
export function safeIconUrl(icon: string): string | undefined {
  const trimmed = icon.trim()
  if (!trimmed) return undefined
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return trimmed
  try {
    const url = new URL(trimmed)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined
  } catch {
    return undefined
  }
}
