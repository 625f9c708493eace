import { Select } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { userQueries } from '../../../api/users'

const ANYONE = '__anyone__'

export interface InitiatorSelectProps {
  value?: string
  onChange: (initiator: string | undefined) => void
}

// Fixed choices first, then users matching what is typed (Coder's user search, debounced).
export function InitiatorSelect({ value, onChange }: InitiatorSelectProps) {
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search, 250)
  const [isOpen, setOpen] = useState(false)
  const users = useQuery({
    ...userQueries.search(debounced, 20),
    enabled: isOpen,
    placeholderData: keepPreviousData,
  })
  const data = useMemo(() => {
    const fixed = [
      { value: ANYONE, label: 'Anyone' },
      { value: 'prebuilds', label: 'Prebuilds (system)' },
      { value: 'me', label: 'Me' },
    ]
    const people = (users.data?.users ?? [])
      .filter((u) => u.username !== 'prebuilds')
      .map((u) => ({ value: u.username, label: u.name ? `${u.username} (${u.name})` : u.username }))
    const all = [...fixed, ...people]
    if (value && !all.some((o) => o.value === value)) all.push({ value, label: value })
    return all
  }, [users.data, value])

  return (
    <Select
      label="Initiator"
      size="xs"
      w={180}
      searchable
      data={data}
      value={value ?? ANYONE}
      searchValue={search}
      onSearchChange={setSearch}
      onDropdownOpen={() => setOpen(true)}
      onDropdownClose={() => setOpen(false)}
      nothingFoundMessage={users.isFetching ? 'Searching…' : 'No users found'}
      onChange={(next) => onChange(!next || next === ANYONE ? undefined : next)}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
    />
  )
}
