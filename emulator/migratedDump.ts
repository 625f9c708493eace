// A data-directory image of a freshly migrated database, so test databases skip initdb and
// the migrations. It is built once per machine (keyed by the migrations' text) under the OS
// temp directory, and once per process when that cache is unusable.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openDatabase } from './db.ts'
import { migrations } from './migrations.ts'

const CACHE_DIR = join(tmpdir(), 'coder-emulator-pg')
const FORMAT = 'pglite-0.5-tar-v1'

// PGlite's package.json is not exported, so its build stands in for the version.
function pgliteBuild(): string {
  try {
    const entry = fileURLToPath(import.meta.resolve('@electric-sql/pglite'))
    return `${entry}:${statSync(entry).size}`
  } catch {
    return 'unknown'
  }
}

const cacheFile = () => {
  const hash = createHash('sha256')
    .update(FORMAT)
    .update(pgliteBuild())
    .update(JSON.stringify(migrations))
  return join(CACHE_DIR, `${hash.digest('hex').slice(0, 16)}.tar`)
}

async function buildDump(): Promise<Blob> {
  const opened = await openDatabase()
  try {
    return await opened.db.dumpDataDir('none')
  } finally {
    await opened.close()
  }
}

// Written to a private name first and renamed, so parallel workers never read half a file.
async function storeDump(file: string, dump: Blob): Promise<void> {
  try {
    mkdirSync(CACHE_DIR, { recursive: true })
    const partial = `${file}.${process.pid}.partial`
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()))
    renameSync(partial, file)
  } catch {
    // A read-only temp directory only costs speed.
  }
}

function readDump(file: string): Blob | undefined {
  try {
    return new Blob([readFileSync(file)])
  } catch {
    return undefined
  }
}

/** The cached image if there is one, otherwise a new one (stored for the next process). */
export async function migratedDump(options: { fresh?: boolean } = {}): Promise<Blob> {
  const file = cacheFile()
  const cached = options.fresh ? undefined : readDump(file)
  if (cached) return cached
  const dump = await buildDump()
  await storeDump(file, dump)
  return dump
}
