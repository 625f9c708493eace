import type { Database } from '../db.ts'

export interface Column {
  name: string
  /** Element type of the unnest array: a built-in type (PGlite cannot serialize enum arrays). */
  type: string
  /** Optional cast applied after unnest (jsonb and enums travel as text). */
  cast?: string
}

/**
 * Inserts many rows in one statement: one array parameter per column, unnested together.
 * Far fewer bind parameters than a multi-row VALUES, so 100k rows fit in one query.
 */
export async function insertRows(
  db: Pick<Database, 'query'>,
  table: string,
  columns: Column[],
  rows: unknown[][],
): Promise<void> {
  if (rows.length === 0) return
  const arrays = columns.map((_, i) => rows.map((r) => r[i]))
  const unnest = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ')
  const names = columns.map((c) => c.name)
  const selects = columns.map((c) => (c.cast ? `${c.name}::${c.cast}` : c.name))
  await db.query(
    `INSERT INTO ${table} (${names.join(', ')})
     SELECT ${selects.join(', ')} FROM unnest(${unnest}) AS u(${names.join(', ')})`,
    arrays,
  )
}
