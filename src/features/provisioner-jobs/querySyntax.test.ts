import { describe, expect, it } from 'vitest'
import { emptyFilter, type JobFilter } from './filter'
import { parseQuery, printQuery } from './querySyntax'

const id1 = '0b9e4a6c-6c1f-4f57-9a53-2a8f7a1d0c11'
const id2 = '7d4c8f0e-1f2a-4b3c-8d9e-0a1b2c3d4e5f'

const filter = (overrides: Partial<JobFilter>): JobFilter => ({ ...emptyFilter, ...overrides })

describe('parseQuery', () => {
  it('reads the CLI-style terms into a filter', () => {
    const { filter: parsed, errors } = parseQuery(
      'status:pending initiator:prebuilds type:workspace_build tag:owner= template:docker',
    )
    expect(errors).toEqual([])
    expect(parsed).toEqual(
      filter({
        status: ['pending'],
        initiator: 'prebuilds',
        type: ['workspace_build'],
        template: ['docker'],
        tags: { owner: '' },
      }),
    )
  })

  it('takes comma lists and repeats, without duplicates, case-insensitive keys and values', () => {
    const { filter: parsed, errors } = parseQuery(
      `Status:PENDING,running status:running  id:${id1},${id2.toUpperCase()} template:a template:b`,
    )
    expect(errors).toEqual([])
    expect(parsed.status).toEqual(['pending', 'running'])
    expect(parsed.ids).toEqual([id1, id2])
    expect(parsed.template).toEqual(['a', 'b'])
  })

  it('accepts quoted values with spaces, commas and escapes', () => {
    const { filter: parsed, errors } = parseQuery(
      'template:"my, template" tag:"owner=Ada Lovelace" tag:region="eu \\"west\\""',
    )
    expect(errors).toEqual([])
    expect(parsed.template).toEqual(['my, template'])
    expect(parsed.tags).toEqual({ owner: 'Ada Lovelace', region: 'eu "west"' })
  })

  it('returns the empty filter for blank input', () => {
    expect(parseQuery('   ')).toEqual({ filter: emptyFilter, errors: [] })
  })

  it.each([
    ['stauts:pending', 'stauts:pending', /Unknown filter "stauts". Did you mean "status"\?/],
    ['status:pendng', 'status:pendng', /Unknown status "pendng". Did you mean "pending"\?/],
    ['status:bogus', 'status:bogus', /Use pending, running, succeeded/],
    ['type:build', 'type:build', /Unknown job type "build"/],
    ['tag:owner', 'tag:owner', /Bad tag "owner": write tag:key=value/],
    ['tag:=x', 'tag:=x', /Bad tag "=x"/],
    ['id:123', 'id:123', /Bad job id "123": expected a UUID/],
    ['initiator:"a b"', 'initiator:"a b"', /Bad initiator "a b"/],
    ['pending', 'pending', /"pending" is not a filter. Write key:value/],
    ['status:', 'status:', /status: needs a value/],
    ['template:"docker', 'template:"docker', /Missing closing quote/],
  ])('names the bad term in %s', (text, term, message) => {
    const { errors } = parseQuery(`type:workspace_build ${text}`)
    expect(errors).toHaveLength(1)
    expect(errors[0].term).toBe(term)
    expect(errors[0].message).toMatch(message)
  })

  it('keeps the good terms when one is bad, and rejects a second initiator', () => {
    const { filter: parsed, errors } = parseQuery('status:pending initiator:me initiator:admin')
    expect(parsed.status).toEqual(['pending'])
    expect(parsed.initiator).toBe('me')
    expect(errors).toEqual([
      { term: 'initiator:admin', message: 'Only one initiator can be given.' },
    ])
  })
})

describe('printQuery', () => {
  it('prints the canonical form', () => {
    expect(
      printQuery(
        filter({
          status: ['pending', 'running'],
          initiator: 'prebuilds',
          type: ['workspace_build'],
          template: ['docker', 'my template'],
          tags: { owner: '', scope: 'organization' },
          ids: [id1],
        }),
      ),
    ).toBe(
      `status:pending,running initiator:prebuilds type:workspace_build template:docker ` +
        `template:"my template" tag:owner= tag:scope=organization id:${id1}`,
    )
    expect(printQuery(emptyFilter)).toBe('')
  })

  const roundTrips: JobFilter[] = [
    emptyFilter,
    filter({ status: ['pending'], initiator: 'prebuilds' }),
    filter({ status: ['failed', 'canceled', 'canceling', 'succeeded', 'unknown'] }),
    filter({ type: ['template_version_dry_run', 'template_version_import'], initiator: id1 }),
    filter({ template: ['a,b', 'with "quotes"', 'back\\slash', 'docker'] }),
    filter({ tags: { owner: '', 'k.8s/zone': 'eu west', q: 'a"b', comma: 'x,y' } }),
    filter({ ids: [id1, id2], initiator: 'me' }),
  ]

  it.each(roundTrips.map((f) => [printQuery(f), f]))('round-trips %s', (_, original) => {
    const { filter: parsed, errors } = parseQuery(printQuery(original))
    expect(errors).toEqual([])
    expect(parsed).toEqual(original)
    expect(printQuery(parsed)).toBe(printQuery(original))
  })
})
