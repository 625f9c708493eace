import type { ProvisionerDaemonStatus } from '../../src/api/types.ts'
import type { Api } from '../app.ts'
import { requireAuth } from '../auth.ts'
import type { Emulator } from '../context.ts'
import { notFound, QueryParams } from '../http.ts'
import { listDaemons, type DaemonFilter } from '../jobs/daemons.ts'
import { readTagsParam } from '../jobs/tags.ts'
import { findOrganization } from '../organizationRows.ts'
import { can } from '../rbac.ts'

const STATUSES: readonly string[] = ['offline', 'idle', 'busy'] satisfies ProvisionerDaemonStatus[]

function readFilter(url: string, organizationId: string): DaemonFilter {
  const q = new QueryParams(url)
  const statuses = q.strings('status')
  const bad = statuses.find((s) => !STATUSES.includes(s.toLowerCase()))
  if (bad !== undefined) {
    q.errors.push({
      field: 'status',
      detail: `Query param "status" has invalid value "${bad}": must be one of offline, idle, busy`,
    })
  }
  const filter: DaemonFilter = {
    organizationId,
    // UNVERIFIED: the server default; the CLI asks for 50 and so do we.
    limit: q.positiveInt32('limit', 50),
    ids: q.uuids('ids'),
    statuses: statuses.map((s) => s.toLowerCase() as ProvisionerDaemonStatus),
    tags: readTagsParam(q),
  }
  q.finish()
  return filter
}

export function registerProvisionerDaemons(api: Api, emu: Emulator): void {
  api.get('/organizations/:organization/provisionerdaemons', requireAuth(emu), async (c) => {
    const org = await findOrganization(emu, c.req.param('organization'))
    const readable =
      org && can(c.var.subject, 'read', { type: 'provisioner_daemon', organizationId: org.id })
    if (!org || !readable) return notFound(c)
    return c.json(await listDaemons(emu, readFilter(c.req.url, org.id)))
  })
}
