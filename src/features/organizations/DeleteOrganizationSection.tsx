import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { deleteOrganizationMutation } from '../../api/organizations'
import type { Organization } from '../../api/types'
import { ConfirmTypedModal } from '../../components/ConfirmTypedModal'
import { WithReason } from '../../components/WithReason'

interface DeleteOrganizationSectionProps {
  organization: Organization
  /** Why the signed-in user may not delete it (no permission); undefined when allowed. */
  deniedReason?: string
  onDeleted: () => void
}

export function DeleteOrganizationSection(props: DeleteOrganizationSectionProps) {
  const { organization, deniedReason, onDeleted } = props
  const queryClient = useQueryClient()
  const remove = useMutation(deleteOrganizationMutation(queryClient))
  const [isOpen, setOpen] = useState(false)
  const reason = organization.is_default
    ? 'The default organization cannot be deleted.'
    : deniedReason
  const handleConfirm = () =>
    remove.mutate(organization.id, {
      onSuccess: () => {
        setOpen(false)
        notifications.show({ color: 'green', message: `Deleted ${organization.name}` })
        onDeleted()
      },
    })
  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      style={{ borderColor: 'var(--mantine-color-red-outline)' }}
    >
      <Group justify="space-between" align="center" wrap="wrap" gap="md">
        <Stack gap={4} style={{ flex: 1, minWidth: 240 }}>
          <Title order={4}>Delete this organization</Title>
          <Text size="sm" c="dimmed">
            Coder refuses while it still has workspaces, templates, groups or provisioners; it will
            say which.
          </Text>
        </Stack>
        <WithReason reason={reason}>
          <Button color="red" variant="light" disabled={!!reason} onClick={() => setOpen(true)}>
            Delete organization…
          </Button>
        </WithReason>
      </Group>
      <ConfirmTypedModal
        opened={isOpen}
        onClose={() => {
          setOpen(false)
          remove.reset()
        }}
        title={`Delete ${organization.display_name || organization.name}`}
        expected={organization.name}
        inputLabel="Organization name"
        description={`This cannot be undone. Type the organization's name, ${organization.name}, to confirm.`}
        confirmLabel="Delete organization"
        onConfirm={handleConfirm}
        isPending={remove.isPending}
        error={remove.error ?? undefined}
      />
    </Paper>
  )
}
