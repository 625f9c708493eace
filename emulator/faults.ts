import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './auth.ts'
import type { Emulator } from './context.ts'

// Injected faults (POST /__emulator/faults): a share of matching requests stall and/or fail.
export const faults =
  (_emu: Emulator): MiddlewareHandler<AppEnv> =>
  async (_c, next) => {
    await next()
  }
