import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './auth.ts'
import type { Emulator } from './context.ts'

/**
 * Whether the current licenses grant a feature (e.g. 'multiple_organizations',
 * 'workspace_prebuilds'). Implemented with the license slice; until then everything is granted.
 */
export async function hasFeature(_emu: Emulator, _feature: string): Promise<boolean> {
  return true
}

/** Coder's RequireFeatureMW: 403 "<Feature> is a Premium feature. Contact sales!". */
export const requireFeature =
  (_emu: Emulator, _feature: string): MiddlewareHandler<AppEnv> =>
  async (_c, next) => {
    await next()
  }
