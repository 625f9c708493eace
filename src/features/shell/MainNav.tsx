import { Divider, Stack, Text } from '@mantine/core'
import { NavLinkLink } from '../../components/NavLinkLink'
import { useCurrentOrganization } from './useCurrentOrganization'

export function MainNav({ onNavigate }: { onNavigate?: () => void }) {
  const { current } = useCurrentOrganization()
  return (
    <Stack gap={2}>
      <NavLinkLink
        to="/organizations"
        label="Organizations"
        activeOptions={{ exact: true, includeSearch: false }}
        onClick={onNavigate}
      />
      <NavLinkLink to="/deployment/licenses" label="Licenses" onClick={onNavigate} />
      {current && (
        <>
          <Divider my="sm" />
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb={4} truncate>
            {current.display_name || current.name}
          </Text>
          <NavLinkLink
            to="/organizations/$organization/provisioner-jobs"
            params={{ organization: current.name }}
            label="Provisioner jobs"
            activeOptions={{ includeSearch: false }}
            onClick={onNavigate}
          />
          <NavLinkLink
            to="/organizations/$organization"
            params={{ organization: current.name }}
            label="Settings"
            activeOptions={{ exact: true, includeSearch: false }}
            onClick={onNavigate}
          />
        </>
      )}
    </Stack>
  )
}
