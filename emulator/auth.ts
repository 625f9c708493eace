// Session tokens as in Coder (coderd/httpmw/apikey.go): "<10-char id>-<22-char secret>",
// accepted from the Coder-Session-Token header, the coder_session_token cookie or query
// parameter, or Authorization: Bearer.
import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'
import type { Context, MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import type { Emulator } from './context.ts'
import { coderError } from './http.ts'
import type { Subject } from './rbac.ts'

export interface UserRow {
  id: string
  email: string
  username: string
  name: string
  avatar_url: string
  created_at: Date
  updated_at: Date
  last_seen_at: Date
  status: 'active' | 'suspended' | 'dormant'
  login_type: string
  rbac_roles: string[]
  is_system: boolean
  hashed_password: string
}

export interface AppEnv {
  Variables: {
    user: UserRow
    subject: Subject
    /** Why optionalAuth could not sign the request in; requireAuth answers 401 with it. */
    authError?: string
  }
}

export const SESSION_COOKIE = 'coder_session_token'
export const SESSION_HEADER = 'Coder-Session-Token'
const SIGNED_OUT =
  'You are signed out or your session has expired. Please sign in again to continue.'

export function hashPassword(password: string): string {
  const salt = randomBytes(16)
  return `scrypt$${salt.toString('base64')}$${scryptSync(password, salt, 32).toString('base64')}`
}

export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, salt, hash] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !hash) return false
  const expected = Buffer.from(hash, 'base64')
  const actual = scryptSync(password, Buffer.from(salt, 'base64'), expected.length)
  return timingSafeEqual(expected, actual)
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex')

const ALPHANUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
const randomString = (n: number) =>
  Array.from(randomBytes(n), (b) => ALPHANUM[b % ALPHANUM.length]).join('')

export async function createSession(emu: Emulator, userId: string, loginType = 'password') {
  const id = randomString(10)
  const secret = randomString(22)
  const now = emu.now()
  const expires = new Date(now.getTime() + 24 * 3600 * 1000)
  await emu.db.query(
    'INSERT INTO api_keys (id, hashed_secret, user_id, created_at, expires_at, login_type) VALUES ($1,$2,$3,$4,$5,$6)',
    [id, sha256(secret), userId, now, expires, loginType],
  )
  return { token: `${id}-${secret}`, expires }
}

// Coder's APITokenFromRequest order: cookie, query parameter, header, then the OAuth2 forms.
// CSRF (csrf.ts) makes cookie-authenticated mutations repeat the cookie in the header anyway.
export function extractToken(c: Context): string | undefined {
  const cookie = getCookie(c, SESSION_COOKIE)
  if (cookie) return cookie
  const query = c.req.query(SESSION_COOKIE)
  if (query) return query
  const header = c.req.header(SESSION_HEADER)
  if (header) return header
  const authz = c.req.header('Authorization')
  if (authz?.toLowerCase().startsWith('bearer ')) return authz.slice(7).trim()
  return c.req.query('access_token') || undefined
}

type Resolved = { user: UserRow; subject: Subject } | { error: string }

export async function resolveSession(emu: Emulator, token: string | undefined): Promise<Resolved> {
  if (!token) {
    return { error: `Cookie "${SESSION_COOKIE}" or query parameter must be provided.` }
  }
  const [id, secret, ...rest] = token.split('-')
  if (!id || !secret || rest.length > 0 || id.length !== 10 || secret.length !== 22) {
    return { error: 'API key is invalid.' }
  }
  const { rows } = await emu.db.query<{ hashed_secret: string; expires_at: Date; user_id: string }>(
    'SELECT hashed_secret, expires_at, user_id FROM api_keys WHERE id = $1',
    [id],
  )
  const key = rows[0]
  if (!key) return { error: 'API key is invalid.' }
  if (key.hashed_secret !== sha256(secret)) return { error: 'API key secret is invalid.' }
  if (key.expires_at.getTime() <= emu.now().getTime()) {
    return { error: `API key expired at "${key.expires_at.toISOString()}".` }
  }
  const user = (
    await emu.db.query<UserRow>('SELECT * FROM users WHERE id = $1 AND deleted = false', [
      key.user_id,
    ])
  ).rows[0]
  if (!user) return { error: 'API key is invalid.' }
  return { user, subject: await loadSubject(emu, user) }
}

export async function loadSubject(emu: Emulator, user: UserRow): Promise<Subject> {
  const { rows } = await emu.db.query<{ organization_id: string; roles: string[] }>(
    'SELECT organization_id, roles FROM organization_members WHERE user_id = $1',
    [user.id],
  )
  return {
    id: user.id,
    siteRoles: user.rbac_roles,
    orgRoles: new Map(rows.map((r) => [r.organization_id, r.roles])),
  }
}

// Resolves the request's token once; sets c.var.user/subject, or returns why it could not.
async function authenticate(c: Context<AppEnv>, emu: Emulator): Promise<string | undefined> {
  const resolved = await resolveSession(emu, extractToken(c))
  if ('error' in resolved) return resolved.error
  c.set('user', resolved.user)
  c.set('subject', resolved.subject)
  return undefined
}

/** Sets c.var.user when a valid session is present; never rejects (rate limiter keys on it). */
export const optionalAuth =
  (emu: Emulator): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const error = await authenticate(c, emu)
    if (error !== undefined) c.set('authError', error)
    await next()
  }

export const requireAuth =
  (emu: Emulator): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    if (!c.get('user')) {
      // optionalAuth (on every /api/v2 route) has already tried the token; don't query again.
      const error = c.get('authError') ?? (await authenticate(c, emu))
      if (error !== undefined) {
        c.header('WWW-Authenticate', 'Bearer realm="coder"')
        return coderError(c, 401, SIGNED_OUT, error)
      }
    }
    const user = c.get('user')
    if (user.status === 'suspended') {
      return coderError(
        c,
        401,
        `User is not active (status = "${user.status}"). Contact an admin to reactivate your account.`,
      )
    }
    await next()
  }
