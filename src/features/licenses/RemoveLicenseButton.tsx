import { Button } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { deleteLicenseMutation } from '../../api/licenses'
import { ConfirmTypedModal } from '../../components/ConfirmTypedModal'
import { WithReason } from '../../components/WithReason'
import type { LicenseStatus } from './licenseStatus'

const CONSEQUENCE: Record<LicenseStatus, string> = {
  active:
    'This license is in force. Features and seats it grants stop at once unless another license grants them.',
  grace_period:
    'This license is in its grace period. Features it still keeps on stop at once unless another license grants them.',
  not_yet_valid:
    'This license has not started yet; nothing changes today, but it will not take over later.',
  expired:
    'This license has expired; removing it changes nothing about what the deployment may use.',
}

interface RemoveLicenseButtonProps {
  licenseId: number
  status: LicenseStatus
  deniedReason?: string
}

export function RemoveLicenseButton({ licenseId, status, deniedReason }: RemoveLicenseButtonProps) {
  const [opened, setOpened] = useState(false)
  const queryClient = useQueryClient()
  const remove = useMutation(deleteLicenseMutation(queryClient))
  const confirm = () =>
    remove.mutate(licenseId, {
      onSuccess: () => {
        setOpened(false)
        notifications.show({ color: 'green', message: `License #${licenseId} removed.` })
      },
    })
  return (
    <>
      <WithReason reason={deniedReason}>
        <Button
          variant="subtle"
          color="red"
          size="xs"
          disabled={Boolean(deniedReason)}
          onClick={() => setOpened(true)}
        >
          Remove
        </Button>
      </WithReason>
      <ConfirmTypedModal
        opened={opened}
        onClose={() => {
          remove.reset()
          setOpened(false)
        }}
        title={`Remove license #${licenseId}?`}
        description={CONSEQUENCE[status]}
        expected={String(licenseId)}
        inputLabel={`Type the license ID (${licenseId}) to confirm`}
        confirmLabel="Remove license"
        onConfirm={confirm}
        isPending={remove.isPending}
        error={remove.error ?? undefined}
      />
    </>
  )
}
