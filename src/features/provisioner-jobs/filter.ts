import { emptyFilter, isUuid, type JobFilter } from '../../api/provisionerJobFilter'
import {
  ProvisionerJobStatuses,
  ProvisionerJobTypes,
  type ProvisionerJobStatus,
  type ProvisionerJobType,
} from '../../api/types'

export {
  emptyFilter,
  filterKey,
  isFilterEmpty,
  isUuid,
  knownInitiatorId,
  matchesFilter,
  type JobFilter,
} from '../../api/provisionerJobFilter'

export type JobPresetId = 'pending-prebuilds' | 'pending' | 'running' | 'failed'

export interface JobPreset {
  id: JobPresetId
  label: string
  filter: JobFilter
}

export const jobPresets: JobPreset[] = [
  {
    id: 'pending-prebuilds',
    label: 'Pending prebuilds',
    filter: { ...emptyFilter, status: ['pending'], initiator: 'prebuilds' },
  },
  { id: 'pending', label: 'Pending', filter: { ...emptyFilter, status: ['pending'] } },
  { id: 'running', label: 'Running', filter: { ...emptyFilter, status: ['running'] } },
  { id: 'failed', label: 'Failed', filter: { ...emptyFilter, status: ['failed'] } },
]

/** Statuses a cancel request can still change. */
export const cancelableStatuses = ['pending', 'running'] as const

// Value checks shared by the URL (search.ts) and the search box (querySyntax.ts).
const usernamePattern = /^[a-z0-9](?:[a-z0-9-_.]{0,62})$/i
const templateNamePattern = /^[^\s,]{1,64}$/

export const isJobStatus = (value: string): value is ProvisionerJobStatus =>
  (ProvisionerJobStatuses as readonly string[]).includes(value)

export const isJobType = (value: string): value is ProvisionerJobType =>
  (ProvisionerJobTypes as readonly string[]).includes(value)

/** `prebuilds`, `me`, a username or a UUID. */
export const isValidInitiator = (value: string): boolean =>
  isUuid(value) || usernamePattern.test(value)

export const isValidTemplateName = (value: string): boolean => templateNamePattern.test(value)

/** `key=value` (the value may be empty, as in `owner=`); undefined when malformed. */
export function parseTagPair(text: string): [string, string] | undefined {
  const eq = text.indexOf('=')
  if (eq <= 0) return undefined
  return [text.slice(0, eq), text.slice(eq + 1)]
}
