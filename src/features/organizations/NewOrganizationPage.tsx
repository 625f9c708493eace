import type { Organization } from '../../api/types'
import { PageHeader } from '../../components/PageHeader'
import { CreateOrganizationForm } from './CreateOrganizationForm'
import { useCreateOrganizationDeniedReason } from './permissions'

interface NewOrganizationPageProps {
  onCreated: (organization: Organization) => void
  onCancel: () => void
}

export function NewOrganizationPage({ onCreated, onCancel }: NewOrganizationPageProps) {
  const denied = useCreateOrganizationDeniedReason()
  return (
    <>
      <PageHeader
        title="New organization"
        description="You become a member of the new organization; Coder also creates its Everyone group."
      />
      <CreateOrganizationForm onCreated={onCreated} onCancel={onCancel} disabledReason={denied} />
    </>
  )
}
