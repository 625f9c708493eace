// Stand-alone emulator for `npm run dev` and tools: listens on HOST:PORT (default 127.0.0.1:3001).
import { serve } from '@hono/node-server'
import { configFromEnv, createEmulator } from './index.ts'

const host = process.env.HOST ?? '127.0.0.1'
const port = Number(process.env.PORT ?? 3001)
const running = await createEmulator(configFromEnv())
const server = serve({ fetch: running.app.fetch, hostname: host, port }, () =>
  console.log(`Coder API emulator on http://${host}:${port}/api/v2`),
)

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    server.close()
    void running.close().then(() => process.exit(0))
  })
}
