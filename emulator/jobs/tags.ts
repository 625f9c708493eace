import type { QueryParams } from '../http.ts'

export type Tags = Record<string, string>

export const DEFAULT_TAGS: Tags = { scope: 'organization', owner: '' }

export function isTags(value: unknown): value is Tags {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string')
  )
}

/** Reads a `tags` query value (a JSON object of strings); empty → undefined (no filter). */
export function readTagsParam(q: QueryParams, name = 'tags'): Tags | undefined {
  const raw = q.string(name)
  if (raw.trim() === '') return undefined
  let parsed: unknown
  let why = 'json: cannot unmarshal value into Go value of type map[string]string'
  try {
    parsed = JSON.parse(raw)
  } catch (error) {
    why = (error as Error).message
  }
  if (!isTags(parsed)) {
    q.errors.push({
      field: name,
      detail: `Query param "${name}" must be a valid JSON object: ${why}`,
    })
    return undefined
  }
  return Object.keys(parsed).length === 0 ? undefined : parsed
}
