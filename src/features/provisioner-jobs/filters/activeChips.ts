import type { JobFilter } from '../filter'
import { statusLabel, typeLabel } from '../table/columns'

export interface ActiveChip {
  key: string
  label: string
  without: JobFilter
}

// Each chip knows the filter that results from removing it, so removal is one onChange.
export function activeChips(filter: JobFilter): ActiveChip[] {
  const chips: ActiveChip[] = []
  for (const status of filter.status) {
    const rest = filter.status.filter((s) => s !== status)
    chips.push({
      key: `status:${status}`,
      label: `Status: ${statusLabel(status)}`,
      without: { ...filter, status: rest },
    })
  }
  if (filter.initiator) {
    chips.push({
      key: 'initiator',
      label: `Initiator: ${filter.initiator}`,
      without: { ...filter, initiator: undefined },
    })
  }
  for (const type of filter.type) {
    chips.push({
      key: `type:${type}`,
      label: `Type: ${typeLabel(type)}`,
      without: { ...filter, type: filter.type.filter((t) => t !== type) },
    })
  }
  for (const name of filter.template) {
    chips.push({
      key: `template:${name}`,
      label: `Template: ${name}`,
      without: { ...filter, template: filter.template.filter((t) => t !== name) },
    })
  }
  for (const [tag, value] of Object.entries(filter.tags)) {
    const tags = Object.fromEntries(Object.entries(filter.tags).filter(([key]) => key !== tag))
    chips.push({ key: `tag:${tag}`, label: `Tag: ${tag}=${value}`, without: { ...filter, tags } })
  }
  for (const id of filter.ids) {
    chips.push({
      key: `id:${id}`,
      label: `ID: ${id.slice(0, 8)}…`,
      without: { ...filter, ids: filter.ids.filter((i) => i !== id) },
    })
  }
  return chips
}
