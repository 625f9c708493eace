// /api/v2/licenses (coder-api.md §4.1–4.5), enterprise/coderd/licenses.go in Coder.
import type { Context } from 'hono'
import type { Api } from '../app.ts'
import { requireAuth, type AppEnv } from '../auth.ts'
import type { Emulator } from '../context.ts'
import { markRefreshed } from '../entitlements.ts'
import { coderError, forbidden, HttpError, isUuid, readJson } from '../http.ts'
import { decodeClaims, LicenseError, parseLicense } from '../licenseClaims.ts'
import { trustedKeys } from '../licenseKeys.ts'
import { can } from '../rbac.ts'

interface LicenseRow {
  id: number
  uploaded_at: Date
  jwt: string
  uuid: string
}

const toLicense = (row: LicenseRow) => ({
  id: row.id,
  uuid: row.uuid,
  uploaded_at: row.uploaded_at.toISOString(),
  claims: decodeClaims(row.jwt),
})

// Refreshes closer together than this are refused (UNVERIFIED: Coder's exact window).
export const REFRESH_WINDOW_SECONDS = 60
const MANUAL_REFRESH_KEY = 'entitlements_manual_refresh_at'

function randomUuid(emu: Emulator): string {
  const bytes = Array.from({ length: 16 }, () => Math.floor(emu.random() * 256))
  bytes[6] = (bytes[6]! & 0x0f) | 0x40
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

async function siteConfig(emu: Emulator, key: string): Promise<string | undefined> {
  const { rows } = await emu.db.query<{ value: string }>(
    'SELECT value FROM site_configs WHERE key = $1',
    [key],
  )
  return rows[0]?.value
}

const canManage = (c: Context<AppEnv>, action: 'create' | 'delete') =>
  can(c.var.subject, action, { type: 'license' })

async function checkDeploymentLock(emu: Emulator, deploymentIds: unknown) {
  if (!Array.isArray(deploymentIds) || deploymentIds.length === 0) return
  const deploymentId = (await siteConfig(emu, 'deployment_id')) ?? ''
  if (deploymentIds.includes(deploymentId)) return
  throw new HttpError(
    400,
    'License cannot be used on this deployment!',
    `The provided license is locked to the following deployments: ${JSON.stringify(deploymentIds)}. Your deployment identifier is "${deploymentId}". Please contact sales.`,
  )
}

async function uploadLicense(c: Context<AppEnv>, emu: Emulator) {
  if (!canManage(c, 'create')) return forbidden(c)
  const body = await readJson<{ license?: unknown }>(c)
  if (typeof body?.license !== 'string' || body.license === '') {
    throw new HttpError(400, 'Validation failed.', undefined, [
      { field: 'license', detail: 'Validation failed for tag "required" with value: ""' },
    ])
  }
  const jwt = body.license.trim()
  let claims
  try {
    const keys = trustedKeys(emu.config.dataDir, emu.config.licenseKeys)
    claims = parseLicense(jwt, keys, { now: emu.now(), ignoreNbf: true })
  } catch (error) {
    if (error instanceof LicenseError) throw new HttpError(400, 'Invalid license', error.message)
    throw error
  }
  await checkDeploymentLock(emu, claims.deployment_ids)
  // Coder's licenses.jwt column is unique, so a second upload of the same text fails the insert
  // and Coder answers 500 (UNVERIFIED exact detail); the emulator mirrors that.
  const duplicate = await emu.db.query('SELECT 1 FROM licenses WHERE jwt = $1', [jwt])
  if (duplicate.rows.length > 0) {
    return coderError(
      c,
      500,
      'Unable to add license to database',
      'pq: duplicate key value violates unique constraint "licenses_jwt_key"',
    )
  }
  const uuid = typeof claims.jti === 'string' && isUuid(claims.jti) ? claims.jti : randomUuid(emu)
  const { rows } = await emu.db.query<LicenseRow>(
    'INSERT INTO licenses (uploaded_at, jwt, exp, uuid) VALUES ($1, $2, $3, $4) RETURNING *',
    [emu.now(), jwt, new Date(claims.exp * 1000), uuid],
  )
  await markRefreshed(emu)
  return c.json(toLicense(rows[0]!), 201)
}

async function deleteLicense(c: Context<AppEnv>, emu: Emulator) {
  const raw = c.req.param('id') ?? ''
  const id = Number(raw)
  if (!/^-?\d+$/.test(raw) || id > 2147483647 || id < -2147483648) {
    return coderError(c, 404, 'License ID must be an integer')
  }
  if (!canManage(c, 'delete')) return forbidden(c)
  const { rows } = await emu.db.query('DELETE FROM licenses WHERE id = $1 RETURNING id', [id])
  if (rows.length === 0) return coderError(c, 404, 'Unknown license ID')
  await markRefreshed(emu)
  return c.body(null, 200)
}

async function refreshEntitlements(c: Context<AppEnv>, emu: Emulator) {
  if (!canManage(c, 'create')) return forbidden(c)
  const now = emu.now().getTime()
  const last = await siteConfig(emu, MANUAL_REFRESH_KEY)
  const elapsed = last ? (now - Date.parse(last)) / 1000 : Infinity
  if (elapsed < REFRESH_WINDOW_SECONDS) {
    const wait = Math.ceil(REFRESH_WINDOW_SECONDS - elapsed)
    c.header('Retry-After', String(wait))
    return coderError(
      c,
      400,
      `Entitlements already recently refreshed, please wait ${wait} seconds to force a new refresh`,
    )
  }
  await emu.db.query(
    'INSERT INTO site_configs (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = $2',
    [MANUAL_REFRESH_KEY, emu.now().toISOString()],
  )
  await markRefreshed(emu)
  return c.json({ message: 'Entitlements updated' })
}

export function registerLicenses(app: Api, emu: Emulator): void {
  const auth = requireAuth(emu)
  app.post('/licenses', auth, (c) => uploadLicense(c, emu))
  // Coder filters the list by read permission: callers who may not read licenses get [].
  app.get('/licenses', auth, async (c) => {
    if (!can(c.var.subject, 'read', { type: 'license' })) return c.json([])
    const { rows } = await emu.db.query<LicenseRow>('SELECT * FROM licenses ORDER BY id')
    return c.json(rows.map(toLicense))
  })
  app.post('/licenses/refresh-entitlements', auth, (c) => refreshEntitlements(c, emu))
  app.delete('/licenses/:id', auth, (c) => deleteLicense(c, emu))
}
