import { CloseButton, TextInput } from '@mantine/core'
import { type Ref, useState } from 'react'
import type { JobFilter } from '../filter'
import { parseQuery, printQuery } from '../querySyntax'

export interface SearchBoxProps {
  filter: JobFilter
  onFilterChange: (filter: JobFilter) => void
  inputRef?: Ref<HTMLInputElement>
}

const EXAMPLE = 'status:pending initiator:prebuilds type:workspace_build tag:owner= template:docker'

// The box is a second view of the filter: Enter applies the text, and any change made
// elsewhere (chips, presets, back/forward) rewrites the text. A typo is reported and applies
// nothing, so the admin loses neither the text nor the current filter.
export function SearchBox({ filter, onFilterChange, inputRef }: SearchBoxProps) {
  const printed = printQuery(filter)
  const [draft, setDraft] = useState({ basedOn: printed, text: printed, error: '' })
  if (draft.basedOn !== printed) setDraft({ basedOn: printed, text: printed, error: '' })

  const apply = () => {
    const { filter: parsed, errors } = parseQuery(draft.text)
    if (errors.length > 0) {
      const message = errors.map((e) => `${e.term}: ${e.message}`).join('; ')
      setDraft({ ...draft, error: message })
      return
    }
    setDraft({ ...draft, error: '' })
    onFilterChange(parsed)
  }

  return (
    <TextInput
      ref={inputRef}
      label="Search jobs"
      size="xs"
      style={{ flex: 1, minWidth: 300 }}
      placeholder={EXAMPLE}
      value={draft.text}
      spellCheck={false}
      autoComplete="off"
      onChange={(event) => setDraft({ ...draft, text: event.currentTarget.value, error: '' })}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault()
          apply()
        } else if (event.key === 'Escape') {
          setDraft({ basedOn: printed, text: printed, error: '' })
        }
      }}
      error={draft.error || undefined}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      description={draft.error ? undefined : 'Enter applies · / focuses this box'}
      rightSection={
        draft.text ? (
          <CloseButton
            size="sm"
            aria-label="Clear search"
            onClick={() => {
              setDraft({ ...draft, text: '', error: '' })
            }}
          />
        ) : null
      }
    />
  )
}
