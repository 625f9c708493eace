import { describe, expect, it } from 'vitest'
import type { CancelOutcome } from './engine'
import { outcomesToCsv, outcomesToJson } from './report'
import { jobId, makeJob } from './testing'

const outcomes: CancelOutcome[] = [
  { job: makeJob(1), result: 'canceled', status: 200, attempts: 1 },
  {
    job: makeJob(2, { type: 'template_version_import' }),
    result: 'failed',
    reason: '503: Service unavailable, "again" (gave up after 5 attempts)',
    status: 503,
    attempts: 5,
  },
  { job: makeJob(3, { status: 'succeeded' }), result: 'skipped', reason: '=cmd()', attempts: 0 },
]

describe('report', () => {
  it('writes CSV with the agreed columns, quoting and formula-safe cells', () => {
    const lines = outcomesToCsv(outcomes).split('\r\n')
    expect(lines[0]).toBe(
      'id,type,template,workspace,initiator_id,result,reason,http_status,attempts',
    )
    expect(lines[1]).toBe(
      `${jobId(1)},workspace_build,docker,ws-1,c42fdf75-3097-471c-8c33-fb52454d81c0,canceled,,200,1`,
    )
    expect(lines[2]).toBe(
      `${jobId(2)},template_version_import,docker,,c42fdf75-3097-471c-8c33-fb52454d81c0,failed,` +
        `"503: Service unavailable, ""again"" (gave up after 5 attempts)",503,5`,
    )
    expect(lines[3]).toMatch(/,skipped,'=cmd\(\),,0$/)
    expect(lines).toHaveLength(5)
    expect(lines[4]).toBe('')
  })

  it('writes JSON rows with the same fields', () => {
    const rows = JSON.parse(outcomesToJson(outcomes)) as Record<string, unknown>[]
    expect(rows).toHaveLength(3)
    expect(rows[1]).toEqual({
      id: jobId(2),
      type: 'template_version_import',
      template: 'docker',
      workspace: '',
      initiator_id: 'c42fdf75-3097-471c-8c33-fb52454d81c0',
      result: 'failed',
      reason: '503: Service unavailable, "again" (gave up after 5 attempts)',
      http_status: 503,
      attempts: 5,
    })
    expect(rows[2].http_status).toBeNull()
  })
})
