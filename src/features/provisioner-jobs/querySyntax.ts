import { ProvisionerJobStatuses, ProvisionerJobTypes } from '../../api/types'
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

// The search box syntax, as proposed for `coder provisioner jobs list --search`:
//   status:pending,running initiator:prebuilds type:workspace_build template:docker tag:owner= id:<uuid>
// Terms are separated by spaces; a value may be quoted ("…", with \" and \\ escapes).
// status, type, id and template take comma lists and may repeat; initiator may appear once.

export interface QueryError {
  term: string
  message: string
}

interface Term {
  raw: string
  key?: string
  value: string
  quoted: boolean
}

const keys = ['status', 'initiator', 'type', 'template', 'tag', 'id'] as const
type Key = (typeof keys)[number]
const keyAliases: Record<string, Key> = { ids: 'id', tags: 'tag', templates: 'template' }

function tokenize(text: string): { terms: Term[]; errors: QueryError[] } {
  const terms: Term[] = []
  let i = 0
  while (i < text.length) {
    if (/\s/.test(text[i])) {
      i++
      continue
    }
    const start = i
    let content = ''
    let keyEnd = -1
    let quoted = false
    let inQuote = false
    for (; i < text.length && (inQuote || !/\s/.test(text[i])); i++) {
      const ch = text[i]
      if (inQuote && ch === '\\' && i + 1 < text.length) content += text[++i]
      else if (ch === '"') [inQuote, quoted] = [!inQuote, true]
      else if (!inQuote && ch === ':' && keyEnd < 0) keyEnd = content.length
      else content += ch
    }
    const raw = text.slice(start, i)
    if (inQuote)
      return { terms, errors: [{ term: raw, message: `Missing closing quote in ${raw}` }] }
    terms.push(
      keyEnd < 0
        ? { raw, value: content, quoted }
        : { raw, key: content.slice(0, keyEnd), value: content.slice(keyEnd), quoted },
    )
  }
  return { terms, errors: [] }
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
    }
    previous = current
  }
  return previous[b.length]
}

function suggestion(value: string, options: readonly string[]): string {
  const best = options
    .map((option) => ({ option, d: distance(value.toLowerCase(), option) }))
    .sort((x, y) => x.d - y.d)[0]
  return best && best.d <= 2 ? ` Did you mean "${best.option}"?` : ''
}

const listOf = (options: readonly string[]) => options.join(', ')

function splitValues(term: Term): string[] {
  const items = term.quoted ? [term.value] : term.value.split(',')
  return items.map((item) => item.trim()).filter(Boolean)
}

type Apply = (filter: JobFilter, term: Term, fail: (message: string) => void) => void

function addUnique<T>(list: T[], value: T) {
  if (!list.includes(value)) list.push(value)
}

const appliers: Record<Key, Apply> = {
  status: (filter, term, fail) => {
    for (const item of splitValues(term)) {
      const value = item.toLowerCase()
      if (isJobStatus(value)) addUnique(filter.status, value)
      else
        fail(
          `Unknown status "${item}".${suggestion(item, ProvisionerJobStatuses)} Use ${listOf(ProvisionerJobStatuses)}.`,
        )
    }
  },
  type: (filter, term, fail) => {
    for (const item of splitValues(term)) {
      const value = item.toLowerCase()
      if (isJobType(value)) addUnique(filter.type, value)
      else
        fail(
          `Unknown job type "${item}".${suggestion(item, ProvisionerJobTypes)} Use ${listOf(ProvisionerJobTypes)}.`,
        )
    }
  },
  template: (filter, term, fail) => {
    for (const item of splitValues(term)) {
      if (isValidTemplateName(item) || term.quoted) addUnique(filter.template, item)
      else fail(`Bad template name "${item}".`)
    }
  },
  id: (filter, term, fail) => {
    for (const item of splitValues(term)) {
      if (isUuid(item)) addUnique(filter.ids, item.toLowerCase())
      else fail(`Bad job id "${item}": expected a UUID.`)
    }
  },
  tag: (filter, term, fail) => {
    const pair = parseTagPair(term.value)
    if (pair) filter.tags[pair[0]] = pair[1]
    else fail(`Bad tag "${term.value}": write tag:key=value (tag:owner= for an empty value).`)
  },
  initiator: (filter, term, fail) => {
    const value = term.value.trim()
    if (filter.initiator !== undefined) fail('Only one initiator can be given.')
    else if (isValidInitiator(value)) filter.initiator = value
    else fail(`Bad initiator "${value}": use prebuilds, me, a username or a user ID.`)
  },
}

function resolveKey(term: Term, fail: (message: string) => void): Key | undefined {
  if (term.key === undefined) {
    fail(`"${term.raw}" is not a filter. Write key:value, e.g. status:pending.`)
    return undefined
  }
  const lower = term.key.toLowerCase()
  const key = (keys as readonly string[]).includes(lower) ? (lower as Key) : keyAliases[lower]
  if (!key) {
    fail(`Unknown filter "${term.key}".${suggestion(term.key, keys)} Use ${listOf(keys)}.`)
    return undefined
  }
  if (!term.value.trim() && !term.quoted) {
    fail(`${key}: needs a value.`)
    return undefined
  }
  return key
}

export function parseQuery(text: string): { filter: JobFilter; errors: QueryError[] } {
  const filter: JobFilter = {
    ...emptyFilter,
    status: [],
    type: [],
    template: [],
    tags: {},
    ids: [],
  }
  const { terms, errors } = tokenize(text)
  for (const term of terms) {
    const fail = (message: string) => errors.push({ term: term.raw, message })
    const key = resolveKey(term, fail)
    if (key) appliers[key](filter, term, fail)
  }
  return { filter, errors }
}

function quote(value: string): string {
  if (value !== '' && !/[\s",\\]/.test(value)) return value
  return `"${value.replace(/["\\]/g, (ch) => `\\${ch}`)}"`
}

export function printQuery(filter: JobFilter): string {
  const parts: string[] = []
  if (filter.status.length > 0) parts.push(`status:${filter.status.join(',')}`)
  if (filter.initiator) parts.push(`initiator:${quote(filter.initiator)}`)
  if (filter.type.length > 0) parts.push(`type:${filter.type.join(',')}`)
  for (const template of filter.template) parts.push(`template:${quote(template)}`)
  for (const [key, value] of Object.entries(filter.tags)) {
    const pair = `${key}=${value}`
    parts.push(`tag:${/[\s"\\]/.test(pair) ? quote(pair) : pair}`)
  }
  if (filter.ids.length > 0) parts.push(`id:${filter.ids.join(',')}`)
  return parts.join(' ')
}
