import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './auth.ts'
import type { Emulator } from './context.ts'

export const rateLimit =
  (_emu: Emulator): MiddlewareHandler<AppEnv> =>
  async (_c, next) => {
    await next()
  }
