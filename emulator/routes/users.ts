import type { Context } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import type { Api } from '../app.ts'
import {
  createSession,
  extractToken,
  requireAuth,
  SESSION_COOKIE,
  verifyPassword,
  type AppEnv,
  type UserRow,
} from '../auth.ts'
import type { Emulator } from '../context.ts'
import { HttpError, isUuid, notFound, QueryParams, readJson } from '../http.ts'
import { can } from '../rbac.ts'
import { parseUserQuery, userFilterSql } from '../userSearch.ts'
import { toUsers } from '../userJson.ts'

const EMAIL_RE = /^[^\s@]+@[^\s@]+$/

// httpapi.Read + go-playground/validator: `email` is required,email; `password` is required.
function validateLogin(body: unknown): { email: string; password: string } {
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>
  const email = typeof record.email === 'string' ? record.email : ''
  const password = typeof record.password === 'string' ? record.password : ''
  const problems = []
  const tagError = (tag: string, value: string) =>
    `Validation failed for tag "${tag}" with value: "${value}"`
  if (email === '') problems.push({ field: 'email', detail: tagError('required', '') })
  else if (!EMAIL_RE.test(email))
    problems.push({ field: 'email', detail: tagError('email', email) })
  if (password === '') problems.push({ field: 'password', detail: tagError('required', '') })
  if (problems.length > 0) throw new HttpError(400, 'Validation failed.', undefined, problems)
  return { email, password }
}

async function login(c: Context<AppEnv>, emu: Emulator) {
  const { email, password } = validateLogin(await readJson<unknown>(c))
  const { rows } = await emu.db.query<UserRow>(
    'SELECT * FROM users WHERE lower(email) = lower($1) AND deleted = false',
    [email],
  )
  const user = rows[0]
  if (!user || !user.hashed_password || !verifyPassword(password, user.hashed_password)) {
    throw new HttpError(401, 'Incorrect email or password.')
  }
  if (user.login_type !== 'password') {
    throw new HttpError(
      403,
      `Incorrect login type, attempting to use "password" but user is of login type "${user.login_type}"`,
    )
  }
  if (user.status === 'suspended') {
    throw new HttpError(
      401,
      'Your account is suspended. Contact an admin to reactivate your account.',
    )
  }
  // Signing in wakes a dormant account, as in Coder.
  await emu.db.query(
    `UPDATE users SET last_seen_at = $2,
       status = CASE WHEN status = 'dormant' THEN 'active'::user_status ELSE status END
     WHERE id = $1`,
    [user.id, emu.now()],
  )
  const session = await createSession(emu, user.id)
  setCookie(c, SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    expires: session.expires,
  })
  return c.json({ session_token: session.token }, 201)
}

async function listUsers(c: Context<AppEnv>, emu: Emulator) {
  const qp = new QueryParams(c.req.url)
  const filter = parseUserQuery(qp.string('q'))
  if (Array.isArray(filter))
    throw new HttpError(400, 'Invalid user search query.', undefined, filter)
  const afterId = qp.uuid('after_id')
  const limit = qp.positiveInt32('limit', 0)
  const offset = qp.positiveInt32('offset', 0)
  // Like Coder's ParsePagination, other unknown URL parameters are ignored here (only keys
  // inside q are checked), so no qp.finish().
  if (qp.errors.length > 0) {
    throw new HttpError(400, 'Query parameters have invalid values.', undefined, qp.errors)
  }
  const params: unknown[] = []
  const where = ['u.deleted = false', 'u.is_system = false', ...userFilterSql(filter, params)]
  // UNVERIFIED in Coder: members hold only read on their own user, so they list themselves.
  if (!can(c.var.subject, 'read', { type: 'user' })) {
    params.push(c.var.user.id)
    where.push(`u.id = $${params.length}`)
  }
  if (afterId) {
    params.push(afterId)
    where.push(
      `lower(u.username) > (SELECT lower(username) FROM users WHERE id = $${params.length})`,
    )
  }
  params.push(offset, limit === 0 ? null : limit)
  const { rows } = await emu.db.query<UserRow & { total: number }>(
    `SELECT u.*, (COUNT(*) OVER())::int AS total FROM users u WHERE ${where.join(' AND ')}
     ORDER BY lower(u.username) ASC OFFSET $${params.length - 1} LIMIT $${params.length}`,
    params,
  )
  return c.json({ users: await toUsers(emu, rows), count: rows[0]?.total ?? 0 })
}

/** `me`, a UUID, or a username (case-insensitive); system users resolve too. */
export async function findUser(
  emu: Emulator,
  current: UserRow,
  param: string,
): Promise<UserRow | undefined> {
  if (param === 'me') return current
  const column = isUuid(param) ? 'id = $1::uuid' : 'lower(username) = lower($1)'
  const { rows } = await emu.db.query<UserRow>(
    `SELECT * FROM users WHERE ${column} AND deleted = false`,
    [param],
  )
  return rows[0]
}

export function registerUsers(app: Api, emu: Emulator): void {
  app.post('/users/login', (c) => login(c, emu))

  app.post('/users/logout', requireAuth(emu), async (c) => {
    const keyId = extractToken(c)?.split('-')[0]
    await emu.db.query('DELETE FROM api_keys WHERE id = $1', [keyId])
    deleteCookie(c, SESSION_COOKIE, { path: '/' })
    return c.json({ message: 'Logged out!' })
  })

  app.get('/users', requireAuth(emu), (c) => listUsers(c, emu))

  app.get('/users/:user', requireAuth(emu), async (c) => {
    const user = await findUser(emu, c.var.user, c.req.param('user'))
    // Users the caller may not read look missing (404), like Coder's user-param middleware.
    if (!user || !can(c.var.subject, 'read', { type: 'user', ownerId: user.id })) {
      return notFound(c)
    }
    const [json] = await toUsers(emu, [user])
    return c.json(json)
  })
}
