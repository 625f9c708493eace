import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { useState, type ReactNode } from 'react'
import { ErrorState } from './ErrorState'

export interface ConfirmTypedModalProps {
  opened: boolean
  onClose: () => void
  title: string
  /** What the user must type, exactly, before the action unlocks. */
  expected: string
  description?: ReactNode
  inputLabel?: string
  confirmLabel: string
  onConfirm: () => void
  isPending?: boolean
  error?: unknown
  color?: string
}

// A destructive action unlocks only once the user has typed the target's name.
export function ConfirmTypedModal(props: ConfirmTypedModalProps) {
  const { opened, onClose, title, expected, description, confirmLabel, onConfirm } = props
  const { isPending = false, error, color = 'red' } = props
  const [typed, setTyped] = useState('')
  const matches = typed === expected
  const close = () => {
    setTyped('')
    onClose()
  }
  return (
    <Modal opened={opened} onClose={close} title={title} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          if (matches && !isPending) onConfirm()
        }}
      >
        <Stack gap="md">
          {description && <Text size="sm">{description}</Text>}
          <TextInput
            label={props.inputLabel ?? `Type “${expected}” to confirm`}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
          />
          {error !== undefined && error !== null && <ErrorState error={error} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={isPending}>
              Cancel
            </Button>
            <Button type="submit" color={color} disabled={!matches} loading={isPending}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
