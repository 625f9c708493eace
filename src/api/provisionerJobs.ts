import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query'
import { request, type Query } from './client'
import { ApiError, isApiError } from './errors'
import { filterKey, knownInitiatorId, matchesFilter, type JobFilter } from './provisionerJobFilter'
import type {
  CancelWorkspaceBuildStatus,
  ProvisionerDaemon,
  ProvisionerJob,
  Response as CoderResponse,
  User,
} from './types'
import { userQueries } from './users'

export interface JobsListResult {
  jobs: ProvisionerJob[]
  /** the server does not know `initiator` (older than Coder PR #20137): filtered here instead */
  initiatorFilteredInBrowser: boolean
  /** the limit sent to Coder (0 = none); when serverCount reaches it, more may exist */
  limit: number
  /** rows Coder returned, before the browser-side filters (type, template) thinned them */
  serverCount: number
  /** the filter names a user Coder does not know: nothing was listed */
  initiatorNotFound?: boolean
}

/** How the bulk cancel engine talks to Coder (the app uses provisionerJobsTransport). */
export interface CancelTransport {
  /** Throws ApiError for HTTP errors, anything else for network failures. */
  cancel(
    job: ProvisionerJob,
    opts: { expectStatus?: CancelWorkspaceBuildStatus; signal?: AbortSignal },
  ): Promise<void>
  list(
    organization: string,
    filter: JobFilter,
    opts: { limit: number; signal?: AbortSignal },
  ): Promise<ProvisionerJob[]>
  /** A username, `me`, `prebuilds` or UUID → user id; undefined when there is no such user. */
  resolveInitiator?(initiator: string, signal?: AbortSignal): Promise<string | undefined>
}

export const DEFAULT_JOBS_LIMIT = 10_000

/** Polling for a live page; TanStack Query pauses it while the tab is hidden. */
const livePolling = (live: boolean) => ({
  refetchInterval: live ? 5_000 : (false as const),
  refetchIntervalInBackground: false,
})

const orgPath = (organization: string) => `/organizations/${encodeURIComponent(organization)}`

// Organizations whose server rejected `initiator`, so we do not ask twice.
const orgsWithoutInitiatorParam = new Set<string>()

/** For tests: forget what was learned about old servers. */
export function resetServerCapabilities() {
  orgsWithoutInitiatorParam.clear()
}

type FetchUser = (user: string) => Promise<User>

async function resolveInitiatorWith(initiator: string, fetchUser: FetchUser) {
  const known = knownInitiatorId(initiator)
  if (known) return known
  try {
    return (await fetchUser(initiator.toLowerCase() === 'me' ? 'me' : initiator)).id
  } catch (error) {
    // Coder answers an unknown username with 400 or 404 depending on the version.
    if (isApiError(error) && (error.status === 400 || error.status === 404)) return undefined
    throw error
  }
}

const directUserFetch =
  (signal?: AbortSignal): FetchUser =>
  (user) =>
    request<User>(`/users/${encodeURIComponent(user)}`, { signal })

const resolveInitiator = (initiator: string, signal?: AbortSignal) =>
  resolveInitiatorWith(initiator, directUserFetch(signal))

// Through the user cache, so a live list does not look the same username up on every poll.
// The outer list query already retries; a 4xx here is an answer, not a hiccup.
const cachedUserFetch =
  (client: QueryClient): FetchUser =>
  (user) =>
    client.fetchQuery({ ...userQueries.detail(user), retry: false })

const rejectsInitiatorParam = (error: unknown) =>
  isApiError(error) &&
  error.status === 400 &&
  error.validations.some(
    (v) => v.field === 'initiator' && /not a valid query param/i.test(v.detail),
  )

function listQuery(filter: JobFilter, limit: number, initiatorId?: string): Query {
  return {
    limit,
    status: filter.status.length > 0 ? filter.status : undefined,
    ids: filter.ids.length > 0 ? filter.ids : undefined,
    tags: Object.keys(filter.tags).length > 0 ? JSON.stringify(filter.tags) : undefined,
    initiator: initiatorId,
  }
}

async function listJobs(
  organization: string,
  filter: JobFilter,
  {
    limit = DEFAULT_JOBS_LIMIT,
    signal,
    fetchUser,
  }: { limit?: number; signal?: AbortSignal; fetchUser?: FetchUser } = {},
): Promise<JobsListResult> {
  const initiatorId = filter.initiator
    ? await resolveInitiatorWith(filter.initiator, fetchUser ?? directUserFetch(signal))
    : undefined
  if (filter.initiator && !initiatorId) {
    return {
      jobs: [],
      initiatorFilteredInBrowser: false,
      limit,
      serverCount: 0,
      initiatorNotFound: true,
    }
  }
  const path = `${orgPath(organization)}/provisionerjobs`
  const get = (withInitiator: boolean) =>
    request<ProvisionerJob[]>(path, {
      query: listQuery(filter, limit, withInitiator ? initiatorId : undefined),
      signal,
    })
  let inBrowser = Boolean(initiatorId) && orgsWithoutInitiatorParam.has(organization)
  let jobs: ProvisionerJob[]
  try {
    jobs = await get(Boolean(initiatorId) && !inBrowser)
  } catch (error) {
    if (!initiatorId || !rejectsInitiatorParam(error)) throw error
    orgsWithoutInitiatorParam.add(organization)
    inBrowser = true
    jobs = await get(false)
  }
  // type and template have no API parameter; the rest is re-checked harmlessly.
  return {
    jobs: jobs.filter((job) => matchesFilter(job, filter, { initiatorId })),
    initiatorFilteredInBrowser: inBrowser,
    limit,
    serverCount: jobs.length,
  }
}

/** Coder stopped at the limit, so older jobs (matching or not) were never listed. */
export const reachedServerLimit = (result: JobsListResult) =>
  result.limit > 0 && result.serverCount >= result.limit

const getJob = (organization: string, jobId: string, signal?: AbortSignal) =>
  request<ProvisionerJob>(`${orgPath(organization)}/provisionerjobs/${jobId}`, { signal })

const getDaemons = (organization: string, signal?: AbortSignal) =>
  request<ProvisionerDaemon[]>(`${orgPath(organization)}/provisionerdaemons`, {
    query: { limit: 1000 },
    signal,
  })

function missingInput(field: string): ApiError {
  return new ApiError(0, {
    message: `The job has no ${field} in its input, so there is no endpoint to cancel it.`,
  })
}

function cancelPath(job: ProvisionerJob): string {
  const { workspace_build_id: buildId, template_version_id: versionId } = job.input
  switch (job.type) {
    case 'workspace_build':
      if (!buildId) throw missingInput('workspace_build_id')
      return `/workspacebuilds/${buildId}/cancel`
    case 'template_version_import':
      if (!versionId) throw missingInput('template_version_id')
      return `/templateversions/${versionId}/cancel`
    case 'template_version_dry_run':
      if (!versionId) throw missingInput('template_version_id')
      return `/templateversions/${versionId}/dry-run/${job.id}/cancel`
  }
}

/** Coder has no generic cancel: each job type has its own endpoint (coder-api.md §2). */
async function cancelJob(
  job: ProvisionerJob,
  opts: { expectStatus?: CancelWorkspaceBuildStatus; signal?: AbortSignal } = {},
): Promise<void> {
  // expect_status exists only on the workspace-build endpoint.
  const expect = job.type === 'workspace_build' ? opts.expectStatus : undefined
  await request<CoderResponse>(cancelPath(job), {
    method: 'PATCH',
    query: { expect_status: expect },
    signal: opts.signal,
  })
}

export const provisionerJobsTransport: CancelTransport = {
  cancel: cancelJob,
  list: async (organization, filter, opts) => (await listJobs(organization, filter, opts)).jobs,
  resolveInitiator,
}

export const provisionerJobQueries = {
  all: () => ['provisionerJobs'] as const,
  list: (
    organization: string,
    filter: JobFilter,
    { limit = DEFAULT_JOBS_LIMIT, live = false }: { limit?: number; live?: boolean } = {},
  ) =>
    queryOptions({
      // Normalized so the same filter (status order, letter case) shares one cache entry.
      queryKey: [...provisionerJobQueries.all(), organization, 'list', filterKey(filter), limit],
      queryFn: ({ signal, client }) =>
        listJobs(organization, filter, { limit, signal, fetchUser: cachedUserFetch(client) }),
      ...livePolling(live),
      // A filter change keeps the old rows on screen until the new ones arrive.
      placeholderData: keepPreviousData,
    }),
  detail: (organization: string, jobId: string) =>
    queryOptions({
      queryKey: [...provisionerJobQueries.all(), organization, 'detail', jobId],
      queryFn: ({ signal }) => getJob(organization, jobId, signal),
    }),
}

export const provisionerDaemonQueries = {
  all: () => ['provisionerDaemons'] as const,
  list: (organization: string, { live = false }: { live?: boolean } = {}) =>
    queryOptions({
      queryKey: [...provisionerDaemonQueries.all(), organization, 'list'],
      queryFn: ({ signal }) => getDaemons(organization, signal),
      staleTime: 10_000,
      ...livePolling(live),
    }),
}

/** Pending workspace builds are canceled only if still pending (expect_status=pending). */
export const expectStatusFor = (job: ProvisionerJob): CancelWorkspaceBuildStatus | undefined =>
  job.type === 'workspace_build' && job.status === 'pending' ? 'pending' : undefined

export const cancelProvisionerJobMutation = (queryClient: QueryClient) => ({
  mutationKey: ['provisionerJobs', 'cancel'],
  mutationFn: (job: ProvisionerJob) => cancelJob(job, { expectStatus: expectStatusFor(job) }),
  onSettled: () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: provisionerJobQueries.all() }),
      queryClient.invalidateQueries({ queryKey: provisionerDaemonQueries.all() }),
    ]),
})
