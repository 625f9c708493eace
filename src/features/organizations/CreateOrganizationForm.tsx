import { useMutation, useQueryClient } from '@tanstack/react-query'
import { createOrganizationMutation } from '../../api/organizations'
import type { Organization } from '../../api/types'
import { OrganizationForm } from './OrganizationForm'
import { toCreateRequest } from './requests'

interface CreateOrganizationFormProps {
  onCreated: (organization: Organization) => void
  onCancel?: () => void
  disabledReason?: string
}

export function CreateOrganizationForm(props: CreateOrganizationFormProps) {
  const queryClient = useQueryClient()
  const create = useMutation(createOrganizationMutation(queryClient))
  return (
    <OrganizationForm
      submitLabel="Create organization"
      onCancel={props.onCancel}
      disabledReason={props.disabledReason}
      onSubmit={async (values) =>
        props.onCreated(await create.mutateAsync(toCreateRequest(values)))
      }
    />
  )
}
