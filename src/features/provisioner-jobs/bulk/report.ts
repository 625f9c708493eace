import type { CancelOutcome } from './engine'

export interface OutcomeRow {
  id: string
  type: string
  template: string
  workspace: string
  initiator_id: string
  result: string
  reason: string
  http_status: number | null
  attempts: number
}

export function outcomeRow({ job, result, reason, status, attempts }: CancelOutcome): OutcomeRow {
  return {
    id: job.id,
    type: job.type,
    template: job.metadata.template_name,
    workspace: job.metadata.workspace_name ?? '',
    initiator_id: job.initiator_id,
    result,
    reason: reason ?? '',
    http_status: status ?? null,
    attempts,
  }
}

const columns: (keyof OutcomeRow)[] = [
  'id',
  'type',
  'template',
  'workspace',
  'initiator_id',
  'result',
  'reason',
  'http_status',
  'attempts',
]

// RFC 4180: quote when needed, double inner quotes. A leading =, +, - or @ would make a
// spreadsheet evaluate the cell, so such text cells get a leading apostrophe.
function csvCell(value: string | number | null): string {
  if (value === null) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function outcomesToCsv(outcomes: CancelOutcome[]): string {
  const lines = outcomes.map((o) => {
    const row = outcomeRow(o)
    return columns.map((c) => csvCell(row[c])).join(',')
  })
  return [columns.join(','), ...lines].join('\r\n') + '\r\n'
}

export function outcomesToJson(outcomes: CancelOutcome[]): string {
  return JSON.stringify(outcomes.map(outcomeRow), null, 2)
}
