// Clean exit on SIGINT/SIGTERM: stop accepting, close the emulator (database, simulation), exit 0.
import type { ServerType } from '@hono/node-server'
import type { Server } from 'node:http'
import type { RunningEmulator } from '../emulator/index.ts'

const FORCE_EXIT_MS = 10_000

export function installShutdown(
  server: ServerType,
  emulator?: RunningEmulator,
  extra?: () => Promise<void>,
) {
  const http = server as Server
  http.on('error', (error: NodeJS.ErrnoException) => {
    const message =
      error.code === 'EADDRINUSE'
        ? `Port ${String((error as { port?: number }).port ?? '')} is already in use; set PORT to another port.`
        : `Server error: ${error.message}`
    console.error(message)
    void emulator?.close().finally(() => process.exit(1))
    if (!emulator) process.exit(1)
  })
  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`${signal}: shutting down…`)
    setTimeout(() => {
      console.error('Shutdown took too long; exiting.')
      process.exit(1)
    }, FORCE_EXIT_MS).unref()
    const closed = new Promise<void>((done) => http.close(() => done()))
    http.closeIdleConnections()
    await extra?.()
    await closed
    await emulator?.close()
    process.exit(0)
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(signal))
}
