import {
  PrebuildsSystemUserID,
  type ProvisionerJob,
  type ProvisionerJobStatus,
  type ProvisionerJobType,
} from './types'

// The job filter lives in the API layer because the list query needs it to build Coder's
// parameters and to filter in the browser; src/features/provisioner-jobs/filter.ts
// re-exports it for the UI (lint zones keep src/api from importing features).
export interface JobFilter {
  /** [] = any status */
  status: ProvisionerJobStatus[]
  /** 'prebuilds' | 'me' | a username | a user UUID; undefined = anyone */
  initiator?: string
  /** [] = any type; Coder has no type parameter, so this is applied in the browser */
  type: ProvisionerJobType[]
  /** template names; [] = any; applied in the browser */
  template: string[]
  /** sent to Coder as tags=<json>; a job matches when it carries every pair */
  tags: Record<string, string>
  /** sent as ids= */
  ids: string[]
}

export const emptyFilter: JobFilter = { status: [], type: [], template: [], tags: {}, ids: [] }

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
export const isUuid = (value: string): boolean => uuidPattern.test(value)

/** The initiator's user id when it is known without asking Coder (a UUID or `prebuilds`). */
export function knownInitiatorId(initiator: string | undefined): string | undefined {
  if (!initiator) return undefined
  if (isUuid(initiator)) return initiator.toLowerCase()
  if (initiator.toLowerCase() === 'prebuilds') return PrebuildsSystemUserID
  return undefined
}

function matchesTags(jobTags: Record<string, string>, wanted: Record<string, string>): boolean {
  return Object.entries(wanted).every(([key, value]) => jobTags[key] === value)
}

function matchesInitiator(job: ProvisionerJob, filter: JobFilter, initiatorId?: string): boolean {
  if (!filter.initiator) return true
  const id = initiatorId ?? knownInitiatorId(filter.initiator)
  // An initiator we could not resolve matches nothing: better to show or cancel too little.
  return id !== undefined && job.initiator_id.toLowerCase() === id.toLowerCase()
}

export function matchesFilter(
  job: ProvisionerJob,
  filter: JobFilter,
  ctx: { initiatorId?: string } = {},
): boolean {
  if (filter.status.length > 0 && !filter.status.includes(job.status)) return false
  if (filter.type.length > 0 && !filter.type.includes(job.type)) return false
  if (filter.ids.length > 0) {
    const id = job.id.toLowerCase()
    if (!filter.ids.some((wanted) => wanted.toLowerCase() === id)) return false
  }
  if (filter.template.length > 0) {
    const name = job.metadata.template_name.toLowerCase()
    if (!filter.template.some((wanted) => wanted.toLowerCase() === name)) return false
  }
  if (!matchesTags(job.tags, filter.tags)) return false
  return matchesInitiator(job, filter, ctx.initiatorId)
}

export function isFilterEmpty(filter: JobFilter): boolean {
  return (
    filter.status.length === 0 &&
    filter.type.length === 0 &&
    filter.template.length === 0 &&
    filter.ids.length === 0 &&
    Object.keys(filter.tags).length === 0 &&
    !filter.initiator
  )
}

/** A stable string for a filter (query keys, selection reset): same filter, same key. */
export function filterKey(filter: JobFilter): string {
  const tags = Object.keys(filter.tags)
    .sort()
    .map((key) => [key, filter.tags[key]])
  return JSON.stringify([
    [...filter.status].sort(),
    filter.initiator?.toLowerCase() ?? '',
    [...filter.type].sort(),
    filter.template.map((t) => t.toLowerCase()).sort(),
    tags,
    filter.ids.map((id) => id.toLowerCase()).sort(),
  ])
}
