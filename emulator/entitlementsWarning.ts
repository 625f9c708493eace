import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './auth.ts'
import type { Emulator } from './context.ts'
import { entitlementWarnings } from './entitlements.ts'
import { can } from './rbac.ts'

export const ENTITLEMENTS_WARNING_HEADER = 'X-Coder-Entitlements-Warning'

// Coder adds the entitlement warnings to API responses for users allowed to read the deployment
// config (owners here), so admins notice an expiring license from any client. One header line
// per warning, as Coder adds them (fetch's Headers joins repeated lines with ", ").
export const entitlementsWarning =
  (emu: Emulator): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    await next()
    const subject = c.get('subject') as AppEnv['Variables']['subject'] | undefined
    if (!subject || !can(subject, 'read', { type: 'deployment_config' })) return
    const warnings = await entitlementWarnings(emu)
    for (const warning of warnings) c.header(ENTITLEMENTS_WARNING_HEADER, warning, { append: true })
  }
