// Builds the dashboard before serving when dist/ is missing or older than its sources.
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const SOURCES = ['src', 'index.html', 'vite.config.ts', 'public']

function newestMtime(path: string): number {
  let info
  try {
    info = statSync(path)
  } catch {
    return 0
  }
  if (!info.isDirectory()) return info.mtimeMs
  let newest = info.mtimeMs
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

/** Why a build is needed, or undefined when dist/ is current. */
export function staleReason(root: string, distDir = join(root, 'dist')): string | undefined {
  let built: number
  try {
    built = statSync(join(distDir, 'index.html')).mtimeMs
  } catch {
    return 'dist/ is missing'
  }
  const changed = SOURCES.find((source) => newestMtime(join(root, source)) > built)
  return changed ? `${changed} changed since the last build` : undefined
}

export async function buildDashboard(root: string): Promise<void> {
  const { build } = await import('vite')
  await build({ root, logLevel: 'warn', configFile: join(root, 'vite.config.ts') })
}
