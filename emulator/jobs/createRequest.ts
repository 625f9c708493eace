import {
  ProvisionerJobTypes,
  type ProvisionerJob,
  type ProvisionerJobType,
  type ValidationError,
} from '../../src/api/types.ts'
import type { Emulator } from '../context.ts'
import { HttpError, isUuid } from '../http.ts'
import { CREATABLE_STATUSES, insertJobBatch, type CreatableStatus } from './create.ts'
import { listJobs, listJobsJson } from './list.ts'
import { findOrganization } from '../organizationRows.ts'
import { DEFAULT_TAGS, isTags, type Tags } from './tags.ts'
import { backingTemplate } from './templates.ts'

const MAX_CREATE_COUNT = 100_000

/** Body of POST /__emulator/provisioner-jobs. */
export interface CreateJobsRequest {
  organization?: string
  count?: number
  type?: ProvisionerJobType
  status?: CreatableStatus
  initiator?: string
  tags?: Tags
}

const CREATABLE: readonly string[] = CREATABLE_STATUSES
const TYPES: readonly string[] = ProvisionerJobTypes

function validate(body: unknown): { req: CreateJobsRequest; errors: ValidationError[] } {
  const errors: ValidationError[] = []
  const fail = (field: string, detail: string) => errors.push({ field, detail })
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    fail('body', 'must be a JSON object')
    return { req: {}, errors }
  }
  const req = body as Record<string, unknown>
  const { organization, count, type, status, initiator, tags } = req
  if (organization !== undefined && typeof organization !== 'string')
    fail('organization', 'must be a string')
  if (initiator !== undefined && typeof initiator !== 'string')
    fail('initiator', 'must be a string')
  if (
    count !== undefined &&
    (!Number.isInteger(count) || (count as number) < 1 || (count as number) > MAX_CREATE_COUNT)
  ) {
    fail('count', `must be an integer from 1 to ${MAX_CREATE_COUNT}`)
  }
  if (type !== undefined && !TYPES.includes(type as string))
    fail('type', `must be one of ${TYPES.join(', ')}`)
  if (status !== undefined && !CREATABLE.includes(status as string)) {
    fail('status', `must be one of ${CREATABLE.join(', ')}`)
  }
  if (tags !== undefined && !isTags(tags)) fail('tags', 'must be an object of string values')
  for (const key of Object.keys(req)) {
    if (!['organization', 'count', 'type', 'status', 'initiator', 'tags'].includes(key)) {
      fail(key, 'is not a known field')
    }
  }
  return { req: req as CreateJobsRequest, errors }
}

// A user id or username; undefined → the oldest site owner.
async function resolveInitiator(emu: Emulator, ref: string | undefined) {
  const { rows } = await emu.db.query<{ id: string }>(
    ref === undefined
      ? `SELECT id FROM users WHERE 'owner' = ANY(rbac_roles) AND NOT deleted ORDER BY created_at LIMIT 1`
      : isUuid(ref)
        ? 'SELECT id FROM users WHERE id = $1 AND NOT deleted'
        : 'SELECT id FROM users WHERE lower(username) = lower($1) AND NOT deleted',
    ref === undefined ? [] : [ref],
  )
  return rows[0]?.id
}

async function firstDaemon(emu: Emulator, organizationId: string) {
  const { rows } = await emu.db.query<{ id: string }>(
    'SELECT id FROM provisioner_daemons WHERE organization_id = $1 ORDER BY created_at, id LIMIT 1',
    [organizationId],
  )
  return rows[0]?.id
}

// Spread 1 ms apart, ending now, and never before the newest existing job, so repeated calls
// with a frozen clock still list in creation order.
async function creationClock(emu: Emulator, count: number) {
  const { rows } = await emu.db.query<{ newest: Date | null }>(
    'SELECT max(created_at) AS newest FROM provisioner_jobs',
  )
  const now = emu.now().getTime()
  const after = rows[0]?.newest ? rows[0].newest.getTime() + 1 : -Infinity
  const start = Math.max(now - count + 1, after)
  return (i: number) => new Date(start + i)
}

/** Validates the request and creates the jobs; returns their ids, oldest first. */
export async function createJobIds(emu: Emulator, body: unknown): Promise<string[]> {
  const { req, errors } = validate(body)
  const org = errors.length ? undefined : await findOrganization(emu, req.organization ?? 'default')
  if (!errors.length && !org) {
    errors.push({ field: 'organization', detail: `no organization "${req.organization}"` })
  }
  const initiatorId = errors.length ? undefined : await resolveInitiator(emu, req.initiator)
  if (!errors.length && !initiatorId) {
    errors.push({ field: 'initiator', detail: `no user "${req.initiator ?? 'owner'}"` })
  }
  if (errors.length || !org || !initiatorId) {
    throw new HttpError(400, 'Validation failed.', undefined, errors)
  }
  const count = req.count ?? 1
  const template = await backingTemplate(emu, org.id, initiatorId)
  return insertJobBatch(emu, {
    organizationId: org.id,
    initiatorId,
    type: req.type ?? 'workspace_build',
    status: req.status ?? 'pending',
    tags: req.tags ?? DEFAULT_TAGS,
    count,
    templateId: template.id,
    templateVersionId: template.activeVersionId,
    createdAt: await creationClock(emu, count),
    workerId: await firstDaemon(emu, org.id),
  })
}

/** The created jobs as the JSON text of Coder's ProvisionerJob[], oldest first. */
export async function createJobsJson(emu: Emulator, body: unknown): Promise<string> {
  const ids = await createJobIds(emu, body)
  return listJobsJson(emu, { ids, limit: 0, ascending: true })
}

/** Validates and creates jobs; returns them in Coder's shape, oldest first. */
export async function createJobsFromRequest(
  emu: Emulator,
  body: unknown,
): Promise<ProvisionerJob[]> {
  const ids = await createJobIds(emu, body)
  return listJobs(emu, { ids, limit: 0, ascending: true })
}
