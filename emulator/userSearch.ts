// The `q` parameter of GET /users, parsed like Coder's searchquery.Users: lowercased, split on
// spaces outside double quotes, `key:value` elements become filters and every bare word joins
// into one `search` term. Problems come back as Coder's validation entries.
import type { ValidationError } from '../src/api/types.ts'

export interface UserFilter {
  search: string
  name: string
  statuses: string[]
  roles: string[]
  loginTypes: string[]
  lastSeenBefore?: Date
  lastSeenAfter?: Date
  createdBefore?: Date
  createdAfter?: Date
  githubComUserId: number
  serviceAccount?: boolean
}

const STATUSES = ['active', 'suspended', 'dormant']
const LOGIN_TYPES = ['password', 'github', 'oidc', 'token', 'none']
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

/** Splits on `delimiter` except inside double quotes; drops empty pieces like Go's FieldsFunc. */
function splitOutsideQuotes(text: string, delimiter: string, keepQuotes: boolean): string[] {
  const parts: string[] = []
  let current = ''
  let quoted = false
  for (const ch of text) {
    if (ch === '"') quoted = !quoted
    if (!quoted && ch === delimiter) {
      if (current) parts.push(current)
      current = ''
    } else current += ch
  }
  if (current) parts.push(current)
  return keepQuotes ? parts : parts.map((p) => p.replace(/^"+|"+$/g, ''))
}

/** Turns the q string into key → values, or the first syntax problem (field "q"). */
function searchTerms(query: string): Map<string, string[]> | ValidationError {
  const tokens = splitOutsideQuotes(query.toLowerCase(), ' ', true)
  const keyed = tokens.filter((t) => t.includes(':'))
  const bare = tokens.filter((t) => !t.includes(':'))
  const elements = bare.length > 0 ? [...keyed, bare.join(' ')] : keyed
  const values = new Map<string, string[]>()
  const add = (key: string, value: string) => values.set(key, [...(values.get(key) ?? []), value])
  for (const element of elements) {
    if (element.startsWith(':') || element.endsWith(':')) {
      return { field: 'q', detail: `Query element "${element}" cannot start or end with ':'` }
    }
    const parts = splitOutsideQuotes(element, ':', false)
    if (parts.length === 1) add('search', element)
    else if (parts.length === 2) add(parts[0] as string, parts[1] as string)
    else return { field: 'q', detail: `Query element "${element}" can only contain 1 ':'` }
  }
  return values
}

class TermParser {
  readonly errors: ValidationError[] = []
  private readonly used = new Set<string>()
  constructor(private readonly values: Map<string, string[]>) {}

  // Like url.Values.Get: the first value; '' counts as absent.
  raw(key: string): string | undefined {
    this.used.add(key)
    const value = this.values.get(key)?.[0]
    return value === '' ? undefined : value
  }

  list(key: string, allowed?: string[]): string[] {
    const raw = this.raw(key)
    if (raw === undefined) return []
    const items = raw.split(',')
    const bad = allowed ? items.filter((i) => !allowed.includes(i)) : []
    if (bad.length === 0) return items
    this.errors.push({
      field: key,
      detail: `Query param "${key}" has invalid values: ${bad.join(',')}`,
    })
    return []
  }

  time(key: string): Date | undefined {
    const raw = this.raw(key)?.toUpperCase()
    if (raw === undefined) return undefined
    const parsed = new Date(raw)
    if (RFC3339.test(raw) && !Number.isNaN(parsed.getTime())) return parsed
    this.errors.push({
      field: key,
      detail: `Query param "${key}" must be a valid date format (2006-01-02T15:04:05.999999999Z07:00): parsing time "${raw}" as "2006-01-02T15:04:05.999999999Z07:00": cannot parse`,
    })
    return undefined
  }

  int(key: string): number {
    const raw = this.raw(key)
    if (raw === undefined) return 0
    if (/^-?\d+$/.test(raw)) return Number(raw)
    this.errors.push({
      field: key,
      detail: `Query param "${key}" must be a valid integer (strconv.ParseInt: parsing "${raw}": invalid syntax)`,
    })
    return 0
  }

  bool(key: string): boolean | undefined {
    const raw = this.raw(key)
    if (raw === undefined) return undefined
    if (raw === 'true' || raw === 'false') return raw === 'true'
    this.errors.push({ field: key, detail: `Query param "${key}" must be a valid boolean` })
    return undefined
  }

  rejectUnused(): void {
    for (const key of this.values.keys()) {
      if (!this.used.has(key)) {
        this.errors.push({ field: key, detail: `"${key}" is not a valid query param` })
      }
    }
  }
}

export function parseUserQuery(query: string): UserFilter | ValidationError[] {
  const terms = searchTerms(query)
  if (!(terms instanceof Map)) return [terms]
  const p = new TermParser(terms)
  const filter: UserFilter = {
    search: p.raw('search') ?? '',
    name: p.raw('name') ?? '',
    statuses: p.list('status', STATUSES),
    serviceAccount: p.bool('service_account'),
    roles: p.list('role'),
    lastSeenAfter: p.time('last_seen_after'),
    lastSeenBefore: p.time('last_seen_before'),
    createdAfter: p.time('created_after'),
    createdBefore: p.time('created_before'),
    githubComUserId: p.int('github_com_user_id'),
    loginTypes: p.list('login_type', LOGIN_TYPES),
  }
  p.rejectUnused()
  return p.errors.length > 0 ? p.errors : filter
}

/** SQL conditions over `users u` for a filter; parameters are appended to `params`. */
export function userFilterSql(filter: UserFilter, params: unknown[]): string[] {
  const where: string[] = []
  const bind = (value: unknown) => {
    params.push(value)
    return `$${params.length}`
  }
  if (filter.search) {
    const p = bind(`%${filter.search}%`)
    where.push(`(u.email ILIKE ${p} OR u.username ILIKE ${p})`)
  }
  if (filter.name) where.push(`u.name ILIKE ${bind(`%${filter.name}%`)}`)
  if (filter.statuses.length > 0) where.push(`u.status::text = ANY(${bind(filter.statuses)})`)
  // Everyone holds the implied `member` role, so asking for it filters nothing.
  if (filter.roles.length > 0 && !filter.roles.includes('member')) {
    where.push(`u.rbac_roles && ${bind(filter.roles)}::text[]`)
  }
  if (filter.loginTypes.length > 0) {
    where.push(`u.login_type::text = ANY(${bind(filter.loginTypes)})`)
  }
  if (filter.lastSeenBefore) where.push(`u.last_seen_at <= ${bind(filter.lastSeenBefore)}`)
  if (filter.lastSeenAfter) where.push(`u.last_seen_at >= ${bind(filter.lastSeenAfter)}`)
  if (filter.createdBefore) where.push(`u.created_at <= ${bind(filter.createdBefore)}`)
  if (filter.createdAfter) where.push(`u.created_at >= ${bind(filter.createdAfter)}`)
  // The emulator links no GitHub accounts and has no service accounts.
  if (filter.githubComUserId !== 0 || filter.serviceAccount === true) where.push('false')
  return where
}
