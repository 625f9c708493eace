import { Modal } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { AddLicenseForm } from './AddLicenseForm'

export function AddLicenseModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Add a license" size="xl" centered>
      <AddLicenseForm
        onCancel={onClose}
        onUploaded={(license) => {
          notifications.show({ color: 'green', message: `License #${license.id} added.` })
          onClose()
        }}
      />
    </Modal>
  )
}
