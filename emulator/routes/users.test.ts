import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { GetUsersResponse, User } from '../../src/api/types.ts'
import { hashPassword } from '../auth.ts'
import { randomUuid } from '../ids.ts'
import { PREBUILDS_USER_ID } from '../seed/identity.ts'
import {
  api,
  createTestEmulator,
  DEFAULT_PASSWORD,
  MEMBER_EMAIL,
  signIn,
  type RunningEmulator,
} from '../testing.ts'

let running: RunningEmulator
let ownerToken: string
let memberToken: string

const SIGNED_OUT =
  'You are signed out or your session has expired. Please sign in again to continue.'

async function addUser(username: string, fields: { status?: string; loginType?: string } = {}) {
  const { db } = running.emu
  const id = randomUuid(running.emu)
  const now = running.emu.now()
  await db.query(
    `INSERT INTO users (id, email, username, hashed_password, created_at, updated_at,
       last_seen_at, status, login_type)
     VALUES ($1, $2, $3, $4, $5, $5, $5, $6, $7)`,
    [
      id,
      `${username}@example.com`,
      username,
      hashPassword(DEFAULT_PASSWORD),
      now,
      fields.status ?? 'active',
      fields.loginType ?? 'password',
    ],
  )
  return id
}

const login = (body: unknown) => api(running.app).post('/users/login', body)

beforeAll(async () => {
  running = await createTestEmulator()
  ownerToken = await signIn(running.app)
  memberToken = await signIn(running.app, MEMBER_EMAIL)
}, 60_000)
afterAll(() => running.close())

describe('POST /users/login', () => {
  it('answers 201 with a session token and an HttpOnly Lax cookie', async () => {
    const res = await login({ email: 'admin@coder.com', password: DEFAULT_PASSWORD })
    expect(res.status).toBe(201)
    const { session_token } = (await res.json()) as { session_token: string }
    expect(session_token).toMatch(/^[A-Za-z0-9]{10}-[A-Za-z0-9]{22}$/)
    const cookie = res.headers.get('Set-Cookie') ?? ''
    expect(cookie).toContain(`coder_session_token=${session_token}`)
    expect(cookie).toMatch(/Path=\//)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Lax/)
    const me = await api(running.app, session_token).get('/users/me')
    expect(((await me.json()) as User).username).toBe('admin')
  })

  it('matches the email case-insensitively', async () => {
    const res = await login({ email: 'ADMIN@Coder.com', password: DEFAULT_PASSWORD })
    expect(res.status).toBe(201)
  })

  it.each([
    ['a wrong password', { email: 'admin@coder.com', password: 'nope' }],
    ['an unknown email', { email: 'ghost@coder.com', password: DEFAULT_PASSWORD }],
    ['the prebuilds system user', { email: 'prebuilds@system', password: '' + DEFAULT_PASSWORD }],
  ])('answers 401 for %s', async (_case, body) => {
    const res = await login(body)
    expect(res.status).toBe(401)
    expect(await res.json()).toEqual({ message: 'Incorrect email or password.' })
  })

  it('validates the body like Coder', async () => {
    const res = await login({ email: 'not-an-email', password: '' })
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({
      message: 'Validation failed.',
      validations: [
        { field: 'email', detail: 'Validation failed for tag "email" with value: "not-an-email"' },
        { field: 'password', detail: 'Validation failed for tag "required" with value: ""' },
      ],
    })
  })

  it('answers 400 for a body that is not JSON', async () => {
    const res = await running.app.request('/api/v2/users/login', { method: 'POST', body: '{' })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { message: string }).message).toBe(
      'Request body must be valid JSON.',
    )
  })

  it('refuses suspended accounts and other login types', async () => {
    await addUser('suspended1', { status: 'suspended' })
    await addUser('github1', { loginType: 'github' })
    const suspended = await login({ email: 'suspended1@example.com', password: DEFAULT_PASSWORD })
    expect(suspended.status).toBe(401)
    expect(((await suspended.json()) as { message: string }).message).toBe(
      'Your account is suspended. Contact an admin to reactivate your account.',
    )
    const github = await login({ email: 'github1@example.com', password: DEFAULT_PASSWORD })
    expect(github.status).toBe(403)
    expect(((await github.json()) as { message: string }).message).toBe(
      'Incorrect login type, attempting to use "password" but user is of login type "github"',
    )
  })

  it('wakes a dormant account', async () => {
    await addUser('sleepy', { status: 'dormant' })
    const token = await signIn(running.app, 'sleepy@example.com')
    const me = (await (await api(running.app, token).get('/users/me')).json()) as User
    expect(me.status).toBe('active')
  })
})

describe('authentication failures', () => {
  it('explains a missing token', async () => {
    const res = await api(running.app).get('/users/me')
    expect(res.status).toBe(401)
    expect(await res.json()).toEqual({
      message: SIGNED_OUT,
      detail: 'Cookie "coder_session_token" or query parameter must be provided.',
    })
  })

  it.each([
    ['malformed', 'abc', 'API key is invalid.'],
    ['unknown', 'abcdefghij-abcdefghijabcdefghijab', 'API key is invalid.'],
  ])('rejects a %s token', async (_case, token, detail) => {
    const res = await api(running.app, token).get('/users/me')
    expect(res.status).toBe(401)
    expect(await res.json()).toEqual({ message: SIGNED_OUT, detail })
  })

  it('rejects a wrong secret for a real key id', async () => {
    const [id] = ownerToken.split('-')
    const res = await api(running.app, `${id}-${'x'.repeat(22)}`).get('/users/me')
    expect(await res.json()).toEqual({ message: SIGNED_OUT, detail: 'API key secret is invalid.' })
  })

  it('rejects a suspended user on authenticated routes', async () => {
    const id = await addUser('suspendlater')
    const token = await signIn(running.app, 'suspendlater@example.com')
    await running.emu.db.query("UPDATE users SET status = 'suspended' WHERE id = $1", [id])
    const res = await api(running.app, token).get('/users/me')
    expect(res.status).toBe(401)
    expect(((await res.json()) as { message: string }).message).toBe(
      'User is not active (status = "suspended"). Contact an admin to reactivate your account.',
    )
  })
  it('prefers the cookie over the header, as Coder reads the cookie first', async () => {
    const res = await running.app.request('/api/v2/users/me', {
      headers: { Cookie: `coder_session_token=${memberToken}`, 'Coder-Session-Token': ownerToken },
    })
    expect(((await res.json()) as User).username).toBe('member')
  })

  it('accepts the token as a query parameter and as a bearer token', async () => {
    const viaQuery = await running.app.request(
      `/api/v2/users/me?coder_session_token=${memberToken}`,
    )
    expect(viaQuery.status).toBe(200)
    const viaBearer = await running.app.request('/api/v2/users/me', {
      headers: { Authorization: `Bearer ${memberToken}` },
    })
    expect(((await viaBearer.json()) as User).username).toBe('member')
  })
})

describe('POST /users/logout', () => {
  it('deletes the session and clears the cookie', async () => {
    const token = await signIn(running.app, MEMBER_EMAIL)
    const res = await api(running.app, token).post('/users/logout')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ message: 'Logged out!' })
    expect(res.headers.get('Set-Cookie')).toMatch(/coder_session_token=;.*Max-Age=0/)
    const after = await api(running.app, token).get('/users/me')
    expect(after.status).toBe(401)
  })
})

describe('GET /users/{user}', () => {
  it('serialises a user like Coder (site roles only, organization ids)', async () => {
    const res = await api(running.app, ownerToken).get('/users/me')
    const me = (await res.json()) as User
    const { rows } = await running.emu.db.query<{ id: string }>(
      'SELECT id FROM organizations WHERE is_default',
    )
    expect(me).toMatchObject({
      username: 'admin',
      email: 'admin@coder.com',
      status: 'active',
      login_type: 'password',
      organization_ids: [rows[0]?.id],
      roles: [{ name: 'owner', display_name: 'Owner' }],
    })
    expect(Object.keys(me).sort()).toEqual(
      [
        'avatar_url',
        'created_at',
        'email',
        'id',
        'last_seen_at',
        'login_type',
        'name',
        'organization_ids',
        'roles',
        'status',
        'theme_preference',
        'updated_at',
        'username',
      ].sort(),
    )
  })

  it('resolves a username in any case, an id, and the prebuilds system user', async () => {
    const owner = api(running.app, ownerToken)
    const byName = (await (await owner.get('/users/MEMBER')).json()) as User
    expect(byName.email).toBe(MEMBER_EMAIL)
    expect(byName.roles).toEqual([])
    const byId = (await (await owner.get(`/users/${byName.id}`)).json()) as User
    expect(byId.username).toBe('member')
    const prebuilds = (await (await owner.get('/users/prebuilds')).json()) as User
    expect(prebuilds).toMatchObject({
      id: PREBUILDS_USER_ID,
      name: 'Prebuilds Owner',
      email: 'prebuilds@system',
      login_type: 'none',
    })
  })

  it('answers 404 for unknown users', async () => {
    const res = await api(running.app, ownerToken).get('/users/nobody-here')
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({
      message: 'Resource not found or you do not have access to this resource',
    })
  })

  it('lets a member read themselves but not other users', async () => {
    const member = api(running.app, memberToken)
    expect((await member.get('/users/member')).status).toBe(200)
    expect((await member.get('/users/admin')).status).toBe(404)
    expect((await member.get(`/users/${PREBUILDS_USER_ID}`)).status).toBe(404)
  })
})

describe('GET /users', () => {
  const list = async (query: string, token = ownerToken) => {
    const res = await api(running.app, token).get(`/users${query}`)
    expect(res.status).toBe(200)
    return (await res.json()) as GetUsersResponse
  }

  it('lists people by lower(username) and hides system users', async () => {
    await addUser('Zed')
    await addUser('bob')
    const { users, count } = await list('')
    const names = users.map((u) => u.username)
    expect(names).not.toContain('prebuilds')
    expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())))
    expect(count).toBe(users.length)
    expect(names).toContain('Zed')
  })

  it('searches bare text in email and username', async () => {
    const { users } = await list('?q=' + encodeURIComponent('membe'))
    expect(users.map((u) => u.username)).toEqual(['member'])
  })

  it('filters by status, role and login_type', async () => {
    const suspended = await list('?q=' + encodeURIComponent('status:suspended'))
    expect(suspended.users.length).toBeGreaterThan(0)
    expect(suspended.users.every((u) => u.status === 'suspended')).toBe(true)
    const owners = await list('?q=' + encodeURIComponent('role:owner'))
    expect(owners.users.map((u) => u.username)).toEqual(['admin'])
    const everyone = await list('?q=' + encodeURIComponent('role:member'))
    expect(everyone.count).toBe((await list('')).count)
    const github = await list('?q=' + encodeURIComponent('login_type:github'))
    expect(github.users.map((u) => u.username)).toEqual(['github1'])
    const several = await list('?q=' + encodeURIComponent('status:active,dormant admin'))
    expect(several.users.map((u) => u.username)).toEqual(['admin'])
  })

  it('pages with limit, offset and after_id; count ignores the page', async () => {
    const all = await list('')
    const page = await list('?limit=2&offset=1')
    expect(page.users.map((u) => u.id)).toEqual(all.users.slice(1, 3).map((u) => u.id))
    expect(page.count).toBe(all.count)
    const after = await list(`?after_id=${all.users[0]?.id}&limit=1`)
    expect(after.users.map((u) => u.id)).toEqual([all.users[1]?.id])
    const beyond = await list('?offset=1000')
    expect(beyond).toEqual({ users: [], count: 0 })
  })

  it('ignores unknown URL parameters, as Coder only checks the keys inside q', async () => {
    const res = await api(running.app, ownerToken).get('/users?colour=blue')
    expect(res.status).toBe(200)
  })

  it.each([
    ['status:', [{ field: 'q', detail: `Query element "status:" cannot start or end with ':'` }]],
    ['role:a:b', [{ field: 'q', detail: `Query element "role:a:b" can only contain 1 ':'` }]],
    ['colour:blue', [{ field: 'colour', detail: '"colour" is not a valid query param' }]],
    [
      'status:sleeping',
      [{ field: 'status', detail: 'Query param "status" has invalid values: sleeping' }],
    ],
  ])('rejects q=%s', async (q, validations) => {
    const res = await api(running.app, ownerToken).get(`/users?q=${encodeURIComponent(q)}`)
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({ message: 'Invalid user search query.', validations })
  })

  it('rejects bad pagination values', async () => {
    const res = await api(running.app, ownerToken).get('/users?limit=-1&after_id=nope')
    expect(res.status).toBe(400)
    const body = (await res.json()) as { message: string; validations: { field: string }[] }
    expect(body.message).toBe('Query parameters have invalid values.')
    expect(body.validations.map((v) => v.field).sort()).toEqual(['after_id', 'limit'])
  })

  it('shows a member only themselves', async () => {
    const { users, count } = await list('', memberToken)
    expect(users.map((u) => u.username)).toEqual(['member'])
    expect(count).toBe(1)
  })
})
