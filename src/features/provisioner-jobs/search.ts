import { z } from 'zod'
import {
  emptyFilter,
  isJobStatus,
  isJobType,
  isUuid,
  isValidInitiator,
  isValidTemplateName,
  parseTagPair,
  type JobFilter,
} from './filter'

// The jobs page URL: `?status=pending,running&initiator=prebuilds&type=workspace_build
// &template=docker&tag=owner=&ids=<uuid>,<uuid>`. Lists are comma-separated, like Coder's own
// `status` and `ids` parameters, so a URL copied from the address bar reads like the CLI.
// Each part is checked on its own: a bad item is dropped (and reported by invalidSearchParts),
// the rest of the URL still applies.

interface ParamSpec {
  /** the item as kept, or undefined when it is invalid */
  normalize: (item: string) => string | undefined
  invalid: (item: string) => string
}

const listSpecs = {
  status: {
    normalize: (item) => (isJobStatus(item.toLowerCase()) ? item.toLowerCase() : undefined),
    invalid: (item) => `unknown status "${item}"`,
  },
  type: {
    normalize: (item) => (isJobType(item.toLowerCase()) ? item.toLowerCase() : undefined),
    invalid: (item) => `unknown job type "${item}"`,
  },
  template: {
    normalize: (item) => (isValidTemplateName(item) ? item : undefined),
    invalid: (item) => `bad template name "${item}"`,
  },
  tag: {
    normalize: (item) => (parseTagPair(item) ? item : undefined),
    invalid: (item) => `bad tag "${item}" (expected key=value)`,
  },
  ids: {
    normalize: (item) => (isUuid(item) ? item.toLowerCase() : undefined),
    invalid: (item) => `bad job id "${item}" (expected a UUID)`,
  },
} satisfies Record<string, ParamSpec>

type ListKey = keyof typeof listSpecs

function rawItems(raw: unknown): string[] {
  if (raw === undefined || raw === null) return []
  if (Array.isArray(raw)) return raw.flatMap(rawItems)
  if (typeof raw === 'string') return raw.split(',')
  if (typeof raw === 'number' || typeof raw === 'boolean') return [String(raw)]
  return [JSON.stringify(raw)]
}

function splitList(raw: unknown, spec: ParamSpec) {
  const kept: string[] = []
  const dropped: string[] = []
  for (const item of rawItems(raw).map((i) => i.trim())) {
    if (!item) continue
    const value = spec.normalize(item)
    if (value === undefined) dropped.push(item)
    else if (!kept.includes(value)) kept.push(value)
  }
  return { kept, dropped }
}

const listParam = (spec: ParamSpec) =>
  z
    .preprocess((raw) => {
      const { kept } = splitList(raw, spec)
      return kept.length > 0 ? kept.join(',') : undefined
    }, z.string().optional())
    .catch(undefined)

const initiatorParam = z
  .preprocess(
    (raw) => (typeof raw === 'string' ? raw.trim() || undefined : raw),
    z.string().refine(isValidInitiator).optional(),
  )
  .catch(undefined)

export const jobsSearchSchema = z.object({
  status: listParam(listSpecs.status),
  initiator: initiatorParam,
  type: listParam(listSpecs.type),
  template: listParam(listSpecs.template),
  tag: listParam(listSpecs.tag),
  ids: listParam(listSpecs.ids),
  /** rows to ask Coder for; the API layer's default applies when absent */
  limit: z.coerce.number().int().nonnegative().optional().catch(undefined),
  /** poll every few seconds */
  live: z.boolean().optional().catch(undefined),
  /** the job open in the drawer */
  job: z.string().refine(isUuid).optional().catch(undefined),
})

export type JobsSearch = z.infer<typeof jobsSearchSchema>

const splitKept = (value: string | undefined): string[] =>
  value ? value.split(',').filter(Boolean) : []

export function searchToFilter(search: JobsSearch): JobFilter {
  const tags: Record<string, string> = {}
  for (const item of splitKept(search.tag)) {
    const pair = parseTagPair(item)
    if (pair) tags[pair[0]] = pair[1]
  }
  return {
    ...emptyFilter,
    status: splitKept(search.status).filter(isJobStatus),
    initiator: search.initiator,
    type: splitKept(search.type).filter(isJobType),
    template: splitKept(search.template),
    tags,
    ids: splitKept(search.ids),
  }
}

const joinList = (items: string[]): string | undefined =>
  items.length > 0 ? items.join(',') : undefined

/** Only the filter's keys; the page keeps its other keys (limit, live, job) as they are. */
export function filterToSearch(filter: JobFilter): JobsSearch {
  return {
    status: joinList(filter.status),
    initiator: filter.initiator || undefined,
    type: joinList(filter.type),
    template: joinList(filter.template),
    tag: joinList(Object.entries(filter.tags).map(([key, value]) => `${key}=${value}`)),
    ids: joinList(filter.ids),
  }
}

/** What a garbled URL lost, in words, for a one-time notice; [] when everything was usable. */
export function invalidSearchParts(raw: Record<string, unknown>): string[] {
  const problems: string[] = []
  for (const key of Object.keys(listSpecs) as ListKey[]) {
    const spec: ParamSpec = listSpecs[key]
    problems.push(...splitList(raw[key], spec).dropped.map(spec.invalid))
  }
  const initiator = raw.initiator
  if (initiator !== undefined && initiatorParam.parse(initiator) === undefined) {
    const shown = typeof initiator === 'string' ? initiator : JSON.stringify(initiator)
    if (shown.trim()) problems.push(`bad initiator "${shown}"`)
  }
  if (raw.limit !== undefined && jobsSearchSchema.shape.limit.parse(raw.limit) === undefined) {
    problems.push(`bad limit "${String(raw.limit)}" (expected a whole number)`)
  }
  if (raw.job !== undefined && jobsSearchSchema.shape.job.parse(raw.job) === undefined) {
    problems.push(`bad job id "${String(raw.job)}" (expected a UUID)`)
  }
  return problems
}
