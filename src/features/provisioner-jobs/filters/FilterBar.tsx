import { Button, Chip, Group, MultiSelect, Stack } from '@mantine/core'
import type { Ref } from 'react'
import {
  ProvisionerJobStatuses,
  ProvisionerJobTypes,
  type ProvisionerJobStatus,
  type ProvisionerJobType,
} from '../../../api/types'
import { filterKey, jobPresets, type JobFilter } from '../filter'
import { statusLabel, typeLabel } from '../table/columns'
import { FilterChips } from './FilterChips'
import { InitiatorSelect } from './InitiatorSelect'
import { SearchBox } from './SearchBox'

export interface FilterBarProps {
  filter: JobFilter
  onFilterChange: (filter: JobFilter) => void
  /** template names seen in the data, offered in the template picker */
  templates: string[]
  searchRef?: Ref<HTMLInputElement>
}

const typeOptions = ProvisionerJobTypes.map((t) => ({ value: t, label: typeLabel(t) }))

function Presets({ filter, onFilterChange }: Pick<FilterBarProps, 'filter' | 'onFilterChange'>) {
  const current = filterKey(filter)
  return (
    <Group gap={6} role="group" aria-label="Presets">
      {jobPresets.map((preset) => {
        const isActive = filterKey(preset.filter) === current
        return (
          <Button
            key={preset.id}
            size="compact-xs"
            variant={isActive ? 'filled' : 'default'}
            aria-pressed={isActive}
            onClick={() => onFilterChange(preset.filter)}
          >
            {preset.label}
          </Button>
        )
      })}
    </Group>
  )
}

export function FilterBar({ filter, onFilterChange, templates, searchRef }: FilterBarProps) {
  const templateOptions = [...new Set([...templates, ...filter.template])].sort()
  return (
    <Stack gap="xs">
      <Group align="flex-start" gap="sm" wrap="wrap">
        <SearchBox filter={filter} onFilterChange={onFilterChange} inputRef={searchRef} />
        <InitiatorSelect
          value={filter.initiator}
          onChange={(initiator) => onFilterChange({ ...filter, initiator })}
        />
        <MultiSelect
          label="Type"
          size="xs"
          w={180}
          data={typeOptions}
          value={filter.type}
          placeholder={filter.type.length ? undefined : 'Any type'}
          onChange={(next) => onFilterChange({ ...filter, type: next as ProvisionerJobType[] })}
          clearable
        />
        <MultiSelect
          label="Template"
          size="xs"
          w={180}
          searchable
          data={templateOptions}
          value={filter.template}
          placeholder={filter.template.length ? undefined : 'Any template'}
          nothingFoundMessage="No template in view"
          onChange={(template) => onFilterChange({ ...filter, template })}
          clearable
        />
      </Group>
      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        <Chip.Group
          multiple
          value={filter.status}
          onChange={(next) => onFilterChange({ ...filter, status: next as ProvisionerJobStatus[] })}
        >
          <Group gap={4} role="group" aria-label="Status">
            {ProvisionerJobStatuses.map((status) => (
              <Chip key={status} value={status} size="xs">
                {statusLabel(status)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Presets filter={filter} onFilterChange={onFilterChange} />
      </Group>
      <FilterChips filter={filter} onFilterChange={onFilterChange} />
    </Stack>
  )
}
