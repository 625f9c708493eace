import type { Database } from './db.ts'

export type SeedName = 'demo' | 'empty'

export interface EmulatorConfig {
  /** Requests per minute per user and path; negative disables (CODER_API_RATE_LIMIT). */
  rateLimit: number
  loginRateLimit: number
  simulation: boolean
  seed: SeedName
  adminEmail: string
  adminPassword: string
  /** Where the emulator keeps its license signing key; undefined → in memory. */
  dataDir?: string
  /** Extra trusted license keys: kid → base64url raw 32-byte Ed25519 public key. */
  licenseKeys: Record<string, string>
  version: string
}

export interface FaultRule {
  rate: number
  status: number
  delayMs: number
  /** Only /api/v2 paths containing this substring; empty → all. */
  path: string
}

/** Everything a route handler may touch. Handlers never read globals or the real clock. */
export interface Emulator {
  db: Database
  config: EmulatorConfig
  now: () => Date
  random: () => number
  faults: FaultRule
}

export const defaultConfig = (overrides: Partial<EmulatorConfig> = {}): EmulatorConfig => ({
  rateLimit: 512,
  loginRateLimit: 60,
  simulation: false,
  seed: 'empty',
  adminEmail: 'admin@coder.com',
  adminPassword: 'SomeSecurePassword!',
  licenseKeys: {},
  version: 'v2.28.0+emulator',
  ...overrides,
})
