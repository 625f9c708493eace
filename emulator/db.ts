import { PGlite } from '@electric-sql/pglite'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { migrations } from './migrations'

export type Database = PGlite

export class DataDirLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `The data directory ${dir} is in use by another emulator process (pid ${pid}). ` +
        'Stop that process or choose another DATA_DIR.',
    )
    this.name = 'DataDirLockedError'
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

// PGlite does not lock its directory, and two writers corrupt it; a pid file does.
function lockDataDir(dir: string): () => void {
  const lockFile = join(dir, 'emulator.lock')
  try {
    const pid = Number(readFileSync(lockFile, 'utf8').trim())
    if (pid && pid !== process.pid && isAlive(pid)) throw new DataDirLockedError(dir, pid)
  } catch (error) {
    if (error instanceof DataDirLockedError) throw error
  }
  writeFileSync(lockFile, String(process.pid))
  return () => rmSync(lockFile, { force: true })
}

export interface OpenedDatabase {
  db: Database
  // True when the directory held no database before: seeds apply only then.
  isNew: boolean
  close: () => Promise<void>
}

export interface OpenDatabaseOptions {
  /** An in-memory start from a `dumpDataDir()` image (fast test databases); ignored with dataDir. */
  loadDataDir?: Blob | File
}

// `dataDir` undefined → in memory (tests). Otherwise a directory kept across restarts.
export async function openDatabase(
  dataDir?: string,
  options: OpenDatabaseOptions = {},
): Promise<OpenedDatabase> {
  let unlock = () => {}
  let pgDir: string | undefined
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true })
    unlock = lockDataDir(dataDir)
    pgDir = join(dataDir, 'pg')
    mkdirSync(dirname(pgDir), { recursive: true })
  }
  try {
    const db = pgDir
      ? await PGlite.create(pgDir)
      : await PGlite.create({ loadDataDir: options.loadDataDir })
    const isNew = await migrate(db)
    let closed = false
    return {
      db,
      isNew,
      close: async () => {
        if (closed) return
        closed = true
        await db.close()
        unlock()
      },
    }
  } catch (error) {
    unlock()
    throw error
  }
}

async function migrate(db: Database): Promise<boolean> {
  await db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
  )
  const { rows } = await db.query<{ version: number }>('SELECT version FROM schema_migrations')
  const applied = new Set(rows.map((r) => r.version))
  for (const m of migrations) {
    if (applied.has(m.version)) continue
    await db.transaction(async (tx) => {
      await tx.exec(m.sql)
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        m.version,
        m.name,
      ])
    })
  }
  return applied.size === 0
}

// Wipes every row (for POST /__emulator/reset); the schema stays.
export async function truncateAll(db: Database): Promise<void> {
  await db.exec(`TRUNCATE site_configs, users, api_keys, organizations, organization_members,
    templates, template_versions, template_version_presets, workspaces, provisioner_jobs,
    workspace_builds, provisioner_daemons, licenses RESTART IDENTITY CASCADE`)
}
