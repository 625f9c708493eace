// `npm start`: the dashboard and the Coder API on one origin (default http://127.0.0.1:3000).
import { serve } from '@hono/node-server'
import { resolve } from 'node:path'
import { DataDirLockedError } from '../emulator/db.ts'
import { configFromEnv, createEmulator, type RunningEmulator } from '../emulator/index.ts'
import { createServerApp } from './app.ts'
import { buildDashboard, staleReason } from './build.ts'
import { ConfigError, serverConfigFromEnv, type ServerConfig } from './config.ts'
import { createProxy, emulatorUpstream, type Upstream } from './proxy.ts'
import { installShutdown } from './shutdown.ts'

const root = resolve(import.meta.dirname, '..')

class StartError extends Error {}

interface Backend {
  upstream: Upstream
  emulator?: RunningEmulator
  signInHint: string
}

async function startBackend(config: ServerConfig): Promise<Backend> {
  if (config.coderUrl) {
    return {
      upstream: createProxy(config.coderUrl),
      signInHint: `API: proxied to ${config.coderUrl.origin} — sign in with your Coder account or paste a session token.`,
    }
  }
  const emulatorConfig = configFromEnv()
  const emulator = await createEmulator(emulatorConfig)
  return {
    upstream: emulatorUpstream(emulator.app.fetch),
    emulator,
    signInHint:
      `API: built-in Coder emulator (data in ${config.dataDir}).\n` +
      `Sign in as ${emulatorConfig.adminEmail} / ${emulatorConfig.adminPassword}`,
  }
}

// A failed rebuild with an older dist/ still serves the older dashboard rather than nothing.
async function ensureDashboard(): Promise<void> {
  const reason = staleReason(root)
  if (!reason) return
  console.log(`Building the dashboard (${reason})…`)
  try {
    await buildDashboard(root)
  } catch {
    if (reason === 'dist/ is missing') {
      throw new StartError('The dashboard build failed (see the errors above).')
    }
    console.warn('The dashboard build failed (see above); serving the previous build in dist/.')
  }
}

async function main() {
  const config = serverConfigFromEnv()
  // The emulator first: a locked DATA_DIR should fail fast, before a 15 s build.
  const backend = await startBackend(config)
  try {
    await ensureDashboard()
  } catch (error) {
    await backend.emulator?.close()
    throw error
  }
  const handler = createServerApp({
    upstream: backend.upstream,
    control: backend.emulator?.app.fetch,
    distDir: resolve(root, 'dist'),
  })
  const server = serve({ fetch: handler, hostname: config.host, port: config.port }, (info) => {
    console.log(`Coder admin console on http://${config.host}:${info.port}`)
    console.log(backend.signInHint)
  })
  installShutdown(server, backend.emulator)
}

main().catch((error: unknown) => {
  // Expected start-up problems get one clear line, not a stack trace.
  if (
    error instanceof DataDirLockedError ||
    error instanceof ConfigError ||
    error instanceof StartError
  ) {
    console.error(error.message)
    process.exit(1)
  }
  console.error(error)
  process.exit(1)
})
