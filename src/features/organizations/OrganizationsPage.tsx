import { Button } from '@mantine/core'
import { useSuspenseQuery } from '@tanstack/react-query'
import { organizationQueries } from '../../api/organizations'
import { ButtonLink } from '../../components/ButtonLink'
import { EmptyState } from '../../components/EmptyState'
import { PageHeader } from '../../components/PageHeader'
import { RefreshingIndicator } from '../../components/RefreshingIndicator'
import { WithReason } from '../../components/WithReason'
import { OrganizationsTable } from './OrganizationsTable'
import { useCreateOrganizationDeniedReason } from './permissions'

interface OrganizationsPageProps {
  filter: string
  onFilterChange: (filter: string) => void
}

export function OrganizationsPage({ filter, onFilterChange }: OrganizationsPageProps) {
  const { data: organizations, isFetching } = useSuspenseQuery(organizationQueries.list())
  const createDenied = useCreateOrganizationDeniedReason()
  const createButton = (
    <WithReason reason={createDenied}>
      {createDenied ? (
        <Button disabled>New organization</Button>
      ) : (
        <ButtonLink to="/organizations/new">New organization</ButtonLink>
      )}
    </WithReason>
  )
  return (
    <>
      <PageHeader
        title="Organizations"
        description="Each organization has its own templates, provisioners, members and jobs."
        actions={
          <>
            <RefreshingIndicator active={isFetching} />
            {createButton}
          </>
        }
      />
      {organizations.length === 0 ? (
        <EmptyState
          title="No organizations you can see"
          description="You are not a member of any organization. Ask an owner to add you."
        />
      ) : (
        <OrganizationsTable
          organizations={organizations}
          filter={filter}
          onFilterChange={onFilterChange}
        />
      )}
    </>
  )
}
