import { createApp, type Api } from './app.ts'
import { defaultConfig, type Emulator, type EmulatorConfig, type SeedName } from './context.ts'
import { openDatabase, type OpenedDatabase } from './db.ts'
import { applySeed } from './seed/index.ts'
import { startSimulation } from './simulation/index.ts'

export interface RunningEmulator {
  emu: Emulator
  app: Api
  close: () => Promise<void>
}

export interface CreateEmulatorOptions extends Partial<EmulatorConfig> {
  now?: () => Date
  random?: () => number
}

/** Opens (or creates) the database, seeds a new one, and starts the simulation if asked. */
export async function createEmulator(
  options: CreateEmulatorOptions = {},
): Promise<RunningEmulator> {
  const { now = () => new Date(), random = Math.random, ...overrides } = options
  const config = defaultConfig(overrides)
  const opened = await openDatabase(config.dataDir)
  return startEmulator(opened, config, {
    now,
    random,
    seed: opened.isNew ? config.seed : undefined,
  })
}

/** Runs an emulator on an opened database: applies `seed` if given, starts the simulation if on. */
export async function startEmulator(
  opened: OpenedDatabase,
  config: EmulatorConfig,
  options: { now: () => Date; random: () => number; seed?: SeedName },
): Promise<RunningEmulator> {
  const emu: Emulator = {
    db: opened.db,
    config,
    now: options.now,
    random: options.random,
    faults: { rate: 0, status: 503, delayMs: 0, path: '' },
  }
  if (options.seed) await applySeed(emu, options.seed)
  const stopSimulation = config.simulation ? startSimulation(emu) : async () => {}
  return {
    emu,
    app: createApp(emu),
    close: async () => {
      await stopSimulation()
      await opened.close()
    },
  }
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<EmulatorConfig> {
  const seed = env.EMULATOR_SEED === 'empty' ? 'empty' : 'demo'
  let licenseKeys: Record<string, string> = {}
  if (env.EMULATOR_LICENSE_KEYS) {
    try {
      licenseKeys = JSON.parse(env.EMULATOR_LICENSE_KEYS) as Record<string, string>
    } catch {
      throw new Error('EMULATOR_LICENSE_KEYS must be a JSON object {kid: base64url public key}')
    }
  }
  return {
    dataDir: env.DATA_DIR ?? './.data',
    seed,
    simulation: (env.EMULATOR_SIMULATION ?? 'on') !== 'off',
    rateLimit: env.EMULATOR_RATE_LIMIT ? Number(env.EMULATOR_RATE_LIMIT) : 512,
    adminEmail: env.EMULATOR_ADMIN_EMAIL ?? 'admin@coder.com',
    adminPassword: env.EMULATOR_ADMIN_PASSWORD ?? 'SomeSecurePassword!',
    licenseKeys,
  }
}
