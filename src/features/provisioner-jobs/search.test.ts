import { describe, expect, it } from 'vitest'
import { emptyFilter, type JobFilter } from './filter'
import { filterToSearch, invalidSearchParts, jobsSearchSchema, searchToFilter } from './search'

const id1 = '0b9e4a6c-6c1f-4f57-9a53-2a8f7a1d0c11'

// What TanStack Router hands validateSearch: values JSON-parsed where they parse.
const fromUrl = (qs: string): Record<string, unknown> =>
  Object.fromEntries(
    [...new URLSearchParams(qs)].map(([key, value]) => {
      try {
        return [key, JSON.parse(value)]
      } catch {
        return [key, value]
      }
    }),
  )

describe('jobs URL', () => {
  it('reads a readable URL into the filter', () => {
    const search = jobsSearchSchema.parse(
      fromUrl(
        `status=pending,running&initiator=prebuilds&type=workspace_build&template=docker` +
          `&tag=owner=,scope=organization&ids=${id1}&live=true&limit=200`,
      ),
    )
    expect(search).toEqual({
      status: 'pending,running',
      initiator: 'prebuilds',
      type: 'workspace_build',
      template: 'docker',
      tag: 'owner=,scope=organization',
      ids: id1,
      live: true,
      limit: 200,
    })
    expect(searchToFilter(search)).toEqual({
      status: ['pending', 'running'],
      initiator: 'prebuilds',
      type: ['workspace_build'],
      template: ['docker'],
      tags: { owner: '', scope: 'organization' },
      ids: [id1],
    })
  })

  it('falls back to defaults for a garbled URL instead of throwing', () => {
    const raw = fromUrl(
      'status=pendingg,running&initiator=%20%20!!&type=[1,2]&tag=owner&ids=nope&limit=-3&live=maybe&job=x',
    )
    const search = jobsSearchSchema.parse(raw)
    expect(searchToFilter(search)).toEqual({ ...emptyFilter, status: ['running'] })
    expect(search.limit).toBeUndefined()
    expect(search.live).toBeUndefined()
    expect(search.job).toBeUndefined()
    expect(invalidSearchParts(raw)).toEqual([
      'unknown status "pendingg"',
      'unknown job type "1"',
      'unknown job type "2"',
      'bad tag "owner" (expected key=value)',
      'bad job id "nope" (expected a UUID)',
      'bad initiator "  !!"',
      'bad limit "-3" (expected a whole number)',
      'bad job id "x" (expected a UUID)',
    ])
  })

  it('reports nothing for a clean or empty URL', () => {
    expect(invalidSearchParts({})).toEqual([])
    expect(jobsSearchSchema.parse({})).toEqual({})
    expect(invalidSearchParts(fromUrl('status=pending&initiator=me&tag=owner='))).toEqual([])
  })

  it('accepts repeated keys and numbers the router parsed from JSON', () => {
    const search = jobsSearchSchema.parse({ status: ['pending', 'failed,pending'], template: 42 })
    expect(search.status).toBe('pending,failed')
    expect(search.template).toBe('42')
  })

  const filters: JobFilter[] = [
    emptyFilter,
    { ...emptyFilter, status: ['pending'], initiator: 'prebuilds' },
    {
      status: ['running', 'failed'],
      initiator: id1,
      type: ['template_version_import'],
      template: ['docker', 'k8s'],
      tags: { owner: '', scope: 'user' },
      ids: [id1],
    },
  ]

  it.each(filters.map((f) => [JSON.stringify(f), f]))('filter → URL → filter keeps %s', (_, f) => {
    const url = new URLSearchParams(
      Object.entries(filterToSearch(f)).filter((entry): entry is [string, string] => !!entry[1]),
    ).toString()
    expect(searchToFilter(jobsSearchSchema.parse(fromUrl(url)))).toEqual(f)
  })

  it('leaves empty parts out of the URL', () => {
    expect(filterToSearch({ ...emptyFilter, status: ['pending'] })).toEqual({
      status: 'pending',
      initiator: undefined,
      type: undefined,
      template: undefined,
      tag: undefined,
      ids: undefined,
    })
  })
})
