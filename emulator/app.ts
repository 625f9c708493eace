import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { optionalAuth, type AppEnv } from './auth.ts'
import type { Emulator } from './context.ts'
import { coderError, HttpError } from './http.ts'
import { registerAuthcheck } from './routes/authcheck.ts'
import { registerBuildinfo } from './routes/buildinfo.ts'
import { registerControl } from './routes/control.ts'
import { registerEntitlements } from './routes/entitlements.ts'
import { registerLicenses } from './routes/licenses.ts'
import { registerOrganizations } from './routes/organizations.ts'
import { registerPrebuilds } from './routes/prebuilds.ts'
import { registerProvisionerDaemons } from './routes/provisionerDaemons.ts'
import { registerProvisionerJobs } from './routes/provisionerJobs.ts'
import { registerCancel } from './routes/cancel.ts'
import { registerUsers } from './routes/users.ts'
import { entitlementsWarning } from './entitlementsWarning.ts'
import { faults } from './faults.ts'
import { rateLimit } from './rateLimit.ts'
import { csrf } from './csrf.ts'

export type Api = Hono<AppEnv>

export const MAX_BODY_BYTES = 4 * 1024 * 1024

/** A pure request handler over an emulator state; main.ts only listens. */
export function createApp(emu: Emulator): Api {
  const app: Api = new Hono<AppEnv>()
  const api: Api = new Hono<AppEnv>()

  api.use('*', async (c, next) => {
    await next()
    c.header('X-Coder-Build-Version', emu.config.version)
  })
  api.use('*', faults(emu))
  api.use('*', optionalAuth(emu))
  api.use('*', entitlementsWarning(emu))
  api.use('*', rateLimit(emu))

  registerBuildinfo(api, emu)
  registerUsers(api, emu)
  registerAuthcheck(api, emu)
  registerOrganizations(api, emu)
  registerProvisionerJobs(api, emu)
  registerProvisionerDaemons(api, emu)
  registerCancel(api, emu)
  registerPrebuilds(api, emu)
  registerLicenses(api, emu)
  registerEntitlements(api, emu)

  // Coder decodes bodies with Go's JSON reader, which fails a capped body as invalid JSON;
  // nothing here needs more than a license file.
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        coderError(c, 400, 'Request body must be valid JSON.', 'http: request body too large'),
    }),
  )
  app.use('/api/*', csrf())
  app.route('/api/v2', api)
  registerControl(app, emu)

  app.notFound((c) => coderError(c, 404, 'Route not found.'))
  app.onError((error, c) => {
    if (error instanceof HttpError) {
      return coderError(c, error.status, error.message, error.detail, error.validations)
    }
    console.error('emulator: unhandled error', error)
    return coderError(c, 500, 'An internal server error occurred.', String(error))
  })
  return app
}
