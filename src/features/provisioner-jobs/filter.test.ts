import { describe, expect, it } from 'vitest'
import { PrebuildsSystemUserID } from '../../api/types'
import { makeJob } from './bulk/testing'
import {
  emptyFilter,
  filterKey,
  isFilterEmpty,
  jobPresets,
  matchesFilter,
  type JobFilter,
} from './filter'

const alice = '11111111-2222-4333-8444-555555555555'
const job = makeJob(1, {
  initiator_id: alice,
  tags: { scope: 'organization', owner: '', region: 'eu' },
})

describe('matchesFilter', () => {
  it('matches everything with the empty filter', () => {
    expect(matchesFilter(job, emptyFilter)).toBe(true)
  })

  it.each<[string, Partial<JobFilter>, boolean]>([
    ['status in list', { status: ['running', 'pending'] }, true],
    ['status not in list', { status: ['running'] }, false],
    ['type', { type: ['template_version_import'] }, false],
    ['template, any case', { template: ['DOCKER'] }, true],
    ['other template', { template: ['k8s'] }, false],
    ['tags subset', { tags: { region: 'eu', owner: '' } }, true],
    ['tag value differs', { tags: { region: 'us' } }, false],
    ['ids, any case', { ids: [job.id.toUpperCase()] }, true],
    ['initiator UUID', { initiator: alice }, true],
    ['prebuilds is known without a lookup', { initiator: 'prebuilds' }, false],
  ])('%s', (_, overrides, expected) => {
    expect(matchesFilter(job, { ...emptyFilter, ...overrides })).toBe(expected)
  })

  it('needs the resolved id for a username, and matches nothing without it', () => {
    const byName = { ...emptyFilter, initiator: 'alice' }
    expect(matchesFilter(job, byName)).toBe(false)
    expect(matchesFilter(job, byName, { initiatorId: alice })).toBe(true)
    const prebuild = { ...job, initiator_id: PrebuildsSystemUserID }
    expect(matchesFilter(prebuild, { ...emptyFilter, initiator: 'Prebuilds' })).toBe(true)
  })
})

describe('filter helpers', () => {
  it('gives equal filters the same key whatever the order', () => {
    const a: JobFilter = { ...emptyFilter, status: ['running', 'pending'], tags: { b: '1', a: '' } }
    const b: JobFilter = { ...emptyFilter, status: ['pending', 'running'], tags: { a: '', b: '1' } }
    expect(filterKey(a)).toBe(filterKey(b))
    expect(filterKey(a)).not.toBe(filterKey({ ...a, initiator: 'me' }))
  })

  it('knows the empty filter and has the pending prebuilds preset', () => {
    expect(isFilterEmpty(emptyFilter)).toBe(true)
    expect(isFilterEmpty({ ...emptyFilter, initiator: 'me' })).toBe(false)
    const preset = jobPresets.find((p) => p.id === 'pending-prebuilds')
    expect(preset?.filter).toEqual({ ...emptyFilter, status: ['pending'], initiator: 'prebuilds' })
  })
})
