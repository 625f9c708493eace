// The server's own settings (the emulator reads its EMULATOR_* variables in emulator/index.ts).

export interface ServerConfig {
  host: string
  port: number
  dataDir: string
  /** A real Coder deployment to proxy /api to; the emulator runs when absent. */
  coderUrl?: URL
}

export class ConfigError extends Error {}

export function serverConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 3000)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a port number, got "${env.PORT}".`)
  }
  let coderUrl: URL | undefined
  if (env.CODER_URL) {
    try {
      coderUrl = new URL(env.CODER_URL)
    } catch {
      throw new ConfigError(`CODER_URL must be an absolute URL, got "${env.CODER_URL}".`)
    }
    if (coderUrl.protocol !== 'http:' && coderUrl.protocol !== 'https:') {
      throw new ConfigError('CODER_URL must start with http:// or https://.')
    }
  }
  return {
    host: env.HOST ?? '127.0.0.1',
    port,
    dataDir: env.DATA_DIR ?? './.data',
    coderUrl,
  }
}
