import { Badge, Button, Group, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core'
import type { Organization } from '../../api/types'
import { AnchorLink } from '../../components/AnchorLink'
import { EmptyState } from '../../components/EmptyState'
import { formatDateTime, formatRelative } from '../../lib/format'
import { OrganizationIcon } from './OrganizationIcon'
import { matchesFilter } from './requests'

interface OrganizationsTableProps {
  organizations: Organization[]
  filter: string
  onFilterChange: (filter: string) => void
}

// Default first, then alphabetical: the order admins scan for.
const byDefaultThenName = (a: Organization, b: Organization) =>
  Number(b.is_default) - Number(a.is_default) || a.name.localeCompare(b.name)

export function OrganizationsTable({
  organizations,
  filter,
  onFilterChange,
}: OrganizationsTableProps) {
  const rows = organizations.filter((org) => matchesFilter(org, filter)).sort(byDefaultThenName)
  return (
    <Stack gap="md">
      <TextInput
        label="Filter organizations"
        placeholder="Name, display name or description"
        value={filter}
        onChange={(event) => onFilterChange(event.currentTarget.value)}
        maw={360}
      />
      {rows.length === 0 ? (
        <EmptyState
          title={`No organization matches “${filter.trim()}”`}
          description={`${organizations.length} organizations are hidden by the filter.`}
          action={
            <Button variant="light" onClick={() => onFilterChange('')}>
              Clear filter
            </Button>
          }
        />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Description</Table.Th>
                <Table.Th w={140}>Created</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((org) => (
                <OrganizationRow key={org.id} organization={org} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  )
}

function OrganizationRow({ organization: org }: { organization: Organization }) {
  return (
    <Table.Tr>
      <Table.Td>
        <Group gap="sm" wrap="nowrap">
          <OrganizationIcon name={org.name} displayName={org.display_name} icon={org.icon} />
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Group gap="xs" wrap="nowrap">
              <AnchorLink
                to="/organizations/$organization"
                params={{ organization: org.name }}
                fw={600}
              >
                {org.display_name || org.name}
              </AnchorLink>
              {org.is_default && (
                <Badge size="xs" variant="light">
                  Default
                </Badge>
              )}
            </Group>
            <Text size="xs" c="dimmed" ff="monospace">
              {org.name}
            </Text>
          </Stack>
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm" lineClamp={2} c={org.description ? undefined : 'dimmed'}>
          {org.description || 'No description'}
        </Text>
      </Table.Td>
      <Table.Td>
        <Tooltip label={formatDateTime(org.created_at)} withArrow>
          <Text size="sm" component="time" dateTime={org.created_at}>
            {formatRelative(org.created_at)}
          </Text>
        </Tooltip>
      </Table.Td>
    </Table.Tr>
  )
}
