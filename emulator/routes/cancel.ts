import type { Context } from 'hono'
import type { Api } from '../app.ts'
import { requireAuth, type AppEnv } from '../auth.ts'
import type { Emulator } from '../context.ts'
import { coderError, forbidden, HttpError, isUuid, notFound } from '../http.ts'
import { loadJobState, markCanceled, type JobState } from '../jobs/cancel.ts'
import { can } from '../rbac.ts'

const CANCELED_MESSAGE = 'Job has been marked as canceled...'

// UNVERIFIED text: Coder's ParseUUIDParam wording for a malformed path UUID.
function requireUuid(value: string): string {
  if (!isUuid(value)) {
    throw new HttpError(400, `Invalid UUID "${value}".`, `invalid UUID length: ${value.length}`)
  }
  return value.toLowerCase()
}

interface BuildContext {
  job_id: string
  organization_id: string
  owner_id: string
  allow_user_cancel: boolean | null
}

async function loadBuild(emu: Emulator, buildId: string): Promise<BuildContext | undefined> {
  const { rows } = await emu.db.query<BuildContext>(
    `SELECT wb.job_id, w.organization_id, w.owner_id,
       t.allow_user_cancel_workspace_jobs AS allow_user_cancel
     FROM workspace_builds wb
     JOIN workspaces w ON w.id = wb.workspace_id
     LEFT JOIN templates t ON t.id = w.template_id
     WHERE wb.id = $1`,
    [buildId],
  )
  return rows[0]
}

function alreadyDone(job: JobState, completedText: string, canceledText: string) {
  if (job.completed_at) return completedText
  if (job.canceled_at) return canceledText
  return undefined
}

/** The job of a build or template version, or Coder's answer when it is missing or done. */
async function jobToCancel(c: Context<AppEnv>, emu: Emulator, jobId: string) {
  const job = await loadJobState(emu, jobId)
  if (!job) return coderError(c, 500, 'Internal error fetching provisioner job.')
  const done = alreadyDone(
    job,
    'Job has already completed!',
    'Job has already been marked as canceled!',
  )
  if (done) return coderError(c, 400, done)
  return job
}

function readExpectStatus(c: Context): 'pending' | 'running' | undefined {
  const value = c.req.query('expect_status')
  if (value === undefined || value === '') return undefined
  if (value !== 'pending' && value !== 'running') {
    throw new HttpError(
      400,
      `Invalid expect_status "${value}". Only 'running' or 'pending' are allowed.`,
    )
  }
  return value
}

async function cancelWorkspaceBuild(c: Context<AppEnv>, emu: Emulator) {
  const buildId = requireUuid(c.req.param('workspacebuild') ?? '')
  const expectStatus = readExpectStatus(c)
  const build = await loadBuild(emu, buildId)
  const subject = c.var.subject
  const workspace = {
    type: 'workspace',
    organizationId: build?.organization_id,
    ownerId: build?.owner_id,
  }
  if (!build || !can(subject, 'read', workspace)) return notFound(c)
  // Who may cancel: whoever may update the workspace (its owner, org admins), and, our choice,
  // org template admins, whose role carries provisioner_jobs update in Coder's newest RBAC.
  const mayUpdate =
    can(subject, 'update', workspace) ||
    can(subject, 'update', { type: 'provisioner_jobs', organizationId: build.organization_id })
  if (!mayUpdate) return forbidden(c)
  const isOwner = subject.siteRoles.includes('owner')
  if (expectStatus !== 'pending' && !build.allow_user_cancel && !isOwner) {
    return coderError(
      c,
      403,
      'User is not allowed to cancel workspace builds. Owner role is required.',
    )
  }
  const job = await jobToCancel(c, emu, build.job_id)
  if (job instanceof Response) return job
  if (expectStatus && job.status !== expectStatus) {
    return coderError(c, 412, 'Job is not in the expected state.')
  }
  await markCanceled(emu, job)
  return c.json({ message: CANCELED_MESSAGE })
}

interface VersionContext {
  job_id: string
  organization_id: string
}

async function loadVersion(emu: Emulator, c: Context<AppEnv>): Promise<VersionContext | undefined> {
  const versionId = requireUuid(c.req.param('templateversion') ?? '')
  const { rows } = await emu.db.query<VersionContext>(
    'SELECT job_id, organization_id FROM template_versions WHERE id = $1',
    [versionId],
  )
  const version = rows[0]
  const visible =
    version &&
    can(c.var.subject, 'read', { type: 'template', organizationId: version.organization_id })
  return visible ? version : undefined
}

async function cancelTemplateVersion(c: Context<AppEnv>, emu: Emulator) {
  const version = await loadVersion(emu, c)
  if (!version) return notFound(c)
  if (
    !can(c.var.subject, 'update', { type: 'template', organizationId: version.organization_id })
  ) {
    return forbidden(c)
  }
  const job = await jobToCancel(c, emu, version.job_id)
  if (job instanceof Response) return job
  await markCanceled(emu, job)
  return c.json({ message: CANCELED_MESSAGE })
}

async function cancelDryRun(c: Context<AppEnv>, emu: Emulator) {
  const versionId = c.req.param('templateversion') ?? ''
  const version = await loadVersion(emu, c)
  if (!version) return notFound(c)
  const jobId = c.req.param('jobID') ?? ''
  if (!isUuid(jobId)) return coderError(c, 400, `Job ID "${jobId}" must be a valid UUID.`)
  const { rows } = await emu.db.query<{
    type: string
    version_id: string | null
    initiator_id: string
  }>(
    `SELECT type, input->>'template_version_id' AS version_id, initiator_id
     FROM provisioner_jobs WHERE id = $1`,
    [jobId],
  )
  const found = rows[0]
  if (!found) return coderError(c, 404, `Provisioner job "${jobId}" not found.`)
  if (found.type !== 'template_version_dry_run' || found.version_id !== versionId.toLowerCase()) {
    return forbidden(c)
  }
  // A dry run is authorized like a workspace owned by whoever started it.
  const dryRunWorkspace = {
    type: 'workspace',
    organizationId: version.organization_id,
    ownerId: found.initiator_id,
  }
  const mayCancel =
    can(c.var.subject, 'update', dryRunWorkspace) ||
    can(c.var.subject, 'update', {
      type: 'provisioner_jobs',
      organizationId: version.organization_id,
    })
  if (!mayCancel) return forbidden(c)
  const job = await loadJobState(emu, jobId)
  if (!job) return notFound(c)
  const done = alreadyDone(
    job,
    'Job has already completed.',
    'Job has already been marked as canceled.',
  )
  if (done) return coderError(c, 400, done)
  await markCanceled(emu, job)
  return c.json({ message: 'Job has been marked as canceled.' })
}

export function registerCancel(api: Api, emu: Emulator): void {
  api.patch('/workspacebuilds/:workspacebuild/cancel', requireAuth(emu), (c) =>
    cancelWorkspaceBuild(c, emu),
  )
  api.patch('/templateversions/:templateversion/cancel', requireAuth(emu), (c) =>
    cancelTemplateVersion(c, emu),
  )
  api.patch('/templateversions/:templateversion/dry-run/:jobID/cancel', requireAuth(emu), (c) =>
    cancelDryRun(c, emu),
  )
}
