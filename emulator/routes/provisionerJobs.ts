import type { Context } from 'hono'
import { ProvisionerJobStatuses } from '../../src/api/types.ts'
import type { Api } from '../app.ts'
import { requireAuth, type AppEnv } from '../auth.ts'
import type { Emulator } from '../context.ts'
import { HttpError, isUuid, notFound, QueryParams } from '../http.ts'
import { listJobs, listJobsJson, type JobFilter } from '../jobs/list.ts'
import { findOrganization } from '../organizationRows.ts'
import { readTagsParam } from '../jobs/tags.ts'
import { can } from '../rbac.ts'

const KNOWN_STATUSES: readonly string[] = ProvisionerJobStatuses

function readFilter(url: string, organizationId: string): JobFilter {
  const q = new QueryParams(url)
  const filter: JobFilter = {
    organizationId,
    limit: q.positiveInt32('limit', 50),
    ids: q.uuids('ids'),
    statuses: q.strings('status'),
    tags: readTagsParam(q),
    initiatorId: q.uuid('initiator'),
  }
  q.finish()
  // Coder passes status values straight to a Postgres enum cast, so a bad one fails there as
  // a 500 rather than as a 400 validation (coder-api.md §1.1, UNVERIFIED text); we mirror it.
  const bad = filter.statuses?.find((s) => !KNOWN_STATUSES.includes(s))
  if (bad !== undefined) {
    throw new HttpError(
      500,
      'Internal error fetching provisioner jobs.',
      `pq: invalid input value for enum provisioner_job_status: "${bad}"`,
    )
  }
  return filter
}

async function readableOrganization(c: Context<AppEnv>, emu: Emulator) {
  const org = await findOrganization(emu, c.req.param('organization') ?? '')
  if (!org) return undefined
  const allowed = can(c.var.subject, 'read', {
    type: 'provisioner_jobs',
    organizationId: org.id,
  })
  return allowed ? org : undefined
}

export function registerProvisionerJobs(api: Api, emu: Emulator): void {
  api.get('/organizations/:organization/provisionerjobs', requireAuth(emu), async (c) => {
    const org = await readableOrganization(c, emu)
    if (!org) return notFound(c)
    const json = await listJobsJson(emu, readFilter(c.req.url, org.id))
    return c.body(json, 200, { 'Content-Type': 'application/json; charset=utf-8' })
  })

  api.get('/organizations/:organization/provisionerjobs/:job', requireAuth(emu), async (c) => {
    const org = await readableOrganization(c, emu)
    if (!org) return notFound(c)
    const jobId = c.req.param('job')
    // UNVERIFIED text: Coder's ParseUUIDParam helper wording.
    if (!isUuid(jobId)) throw new HttpError(400, `Invalid UUID "${jobId}".`, 'invalid UUID length')
    const [job] = await listJobs(emu, { organizationId: org.id, ids: [jobId], limit: 1 })
    return job ? c.json(job) : notFound(c)
  })
}
