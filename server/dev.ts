// `npm run dev`: the console's API server with the emulator on 127.0.0.1:3001, plus Vite's dev
// server with HMR whose proxy (vite.config.ts → server/viteProxy.ts) forwards /api and /console.
import { serve } from '@hono/node-server'
import { resolve } from 'node:path'
import { createServer } from 'vite'
import { DataDirLockedError } from '../emulator/db.ts'
import { configFromEnv, createEmulator } from '../emulator/index.ts'
import { createServerApp } from './app.ts'
import { emulatorUpstream } from './proxy.ts'
import { installShutdown } from './shutdown.ts'

const root = resolve(import.meta.dirname, '..')
const apiHost = '127.0.0.1'
const apiPort = Number(process.env.API_PORT ?? 3001)

// Vite exits the process on SIGTERM (and when stdin ends) without waiting for the emulator to
// close its database; our own shutdown closes Vite as well, so drop the listeners it adds.
async function withoutViteExitHandlers<T>(start: () => Promise<T>): Promise<T> {
  const sigterm = new Set(process.listeners('SIGTERM'))
  const stdinEnd = new Set(process.stdin.listeners('end'))
  const result = await start()
  for (const listener of process.listeners('SIGTERM')) {
    if (!sigterm.has(listener)) process.off('SIGTERM', listener)
  }
  for (const listener of process.stdin.listeners('end')) {
    if (!stdinEnd.has(listener)) process.stdin.off('end', listener as () => void)
  }
  return result
}

async function main() {
  const emulatorConfig = configFromEnv()
  const emulator = await createEmulator(emulatorConfig)
  const handler = createServerApp({
    upstream: emulatorUpstream(emulator.app.fetch),
    control: emulator.app.fetch,
  })
  const api = serve({ fetch: handler, hostname: apiHost, port: apiPort })
  process.env.API_TARGET = `http://${apiHost}:${apiPort}`
  const vite = await withoutViteExitHandlers(() =>
    createServer({
      root,
      configFile: resolve(root, 'vite.config.ts'),
      server: { host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 5173) },
    }),
  )
  await vite.listen()
  vite.printUrls()
  console.log(
    `  ➜  API:     emulator on http://${apiHost}:${apiPort} (data in ${emulatorConfig.dataDir})`,
  )
  console.log(`  ➜  Sign in: ${emulatorConfig.adminEmail} / ${emulatorConfig.adminPassword}`)
  installShutdown(api, emulator, () => vite.close())
}

main().catch((error: unknown) => {
  if (error instanceof DataDirLockedError) {
    console.error(error.message)
    process.exit(1)
  }
  console.error(error)
  process.exit(1)
})
