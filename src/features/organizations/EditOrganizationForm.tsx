import { notifications } from '@mantine/notifications'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { updateOrganizationMutation } from '../../api/organizations'
import type { Organization } from '../../api/types'
import { OrganizationForm, type OrganizationFormValues } from './OrganizationForm'
import { toUpdateRequest } from './requests'

interface EditOrganizationFormProps {
  organization: Organization
  onUpdated: (organization: Organization) => void
  disabledReason?: string
}

export function EditOrganizationForm({
  organization,
  onUpdated,
  disabledReason,
}: EditOrganizationFormProps) {
  const queryClient = useQueryClient()
  const update = useMutation(updateOrganizationMutation(queryClient))
  const handleSubmit = async (values: OrganizationFormValues) => {
    const changes = toUpdateRequest(organization, values)
    const updated = await update.mutateAsync({ organization: organization.id, changes })
    notifications.show({ color: 'green', message: `Saved ${updated.display_name || updated.name}` })
    onUpdated(updated)
  }
  return (
    <OrganizationForm
      key={organization.updated_at}
      initialValues={{
        name: organization.name,
        display_name: organization.display_name,
        description: organization.description,
        icon: organization.icon,
      }}
      submitLabel="Save changes"
      disabledReason={disabledReason}
      onSubmit={handleSubmit}
    />
  )
}
