import { Badge, Button, CloseButton, Group } from '@mantine/core'
import { emptyFilter, isFilterEmpty, type JobFilter } from '../filter'
import { activeChips } from './activeChips'

export interface FilterChipsProps {
  filter: JobFilter
  onFilterChange: (filter: JobFilter) => void
}

export function FilterChips({ filter, onFilterChange }: FilterChipsProps) {
  if (isFilterEmpty(filter)) return null
  return (
    <Group gap={6} aria-label="Active filters" role="group">
      {activeChips(filter).map((chip) => (
        <Badge
          key={chip.key}
          variant="light"
          radius="sm"
          tt="none"
          size="lg"
          fw={500}
          rightSection={
            <CloseButton
              size="xs"
              aria-label={`Remove ${chip.label}`}
              onClick={() => onFilterChange(chip.without)}
            />
          }
        >
          {chip.label}
        </Badge>
      ))}
      <Button size="compact-xs" variant="subtle" onClick={() => onFilterChange(emptyFilter)}>
        Clear filters
      </Button>
    </Group>
  )
}
