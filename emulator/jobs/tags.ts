import type { QueryParams } from '../http.ts'

export type Tags = Record<string, string>

export const DEFAULT_TAGS: Tags = { scope: 'organization', owner: '' }

const sameTags = (a: Tags, b: Tags) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v)

/** JS twin of the SQL provisioner_tagset_contains (migration 2). */
export function tagsetContains(container: Tags, contained: Tags): boolean {
  if (sameTags(contained, DEFAULT_TAGS)) return sameTags(container, contained)
  return Object.entries(contained).every(([k, v]) => container[k] === v)
}

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
