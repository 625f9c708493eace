import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core'
import type { Organization } from '../../api/types'
import { ButtonLink } from '../../components/ButtonLink'
import { PageHeader } from '../../components/PageHeader'
import { WithReason } from '../../components/WithReason'
import { DeleteOrganizationSection } from './DeleteOrganizationSection'
import { EditOrganizationForm } from './EditOrganizationForm'
import { OrganizationIcon } from './OrganizationIcon'
import { useOrganizationDeniedReasons } from './permissions'

interface OrganizationSettingsProps {
  organization: Organization
  onUpdated: (organization: Organization) => void
  onDeleted: () => void
}

export function OrganizationSettings({
  organization,
  onUpdated,
  onDeleted,
}: OrganizationSettingsProps) {
  const denied = useOrganizationDeniedReasons(organization.id)
  const title = (
    <Group gap="sm" wrap="nowrap">
      <OrganizationIcon
        name={organization.name}
        displayName={organization.display_name}
        icon={organization.icon}
        size="lg"
      />
      <span>{organization.display_name || organization.name}</span>
      {organization.is_default && <Badge variant="light">Default</Badge>}
    </Group>
  )
  return (
    <Stack gap="lg" maw={880}>
      <PageHeader
        title={title}
        description={organization.description || undefined}
        actions={
          <WithReason reason={denied.readJobs}>
            {denied.readJobs ? (
              <Button variant="light" disabled>
                Provisioner jobs
              </Button>
            ) : (
              <ButtonLink
                variant="light"
                to="/organizations/$organization/provisioner-jobs"
                params={{ organization: organization.name }}
              >
                Provisioner jobs
              </ButtonLink>
            )}
          </WithReason>
        }
      />
      <Stack gap="sm">
        <Title order={3} size="h4">
          Settings
        </Title>
        <Text size="sm" c="dimmed">
          Renaming changes the organization&apos;s URLs and the name used with the CLI.
        </Text>
        <EditOrganizationForm
          organization={organization}
          onUpdated={onUpdated}
          disabledReason={denied.update}
        />
      </Stack>
      <DeleteOrganizationSection
        organization={organization}
        deniedReason={denied.delete}
        onDeleted={onDeleted}
      />
    </Stack>
  )
}
