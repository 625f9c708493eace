import { Divider, NavLink, Stack, Text, Tooltip } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import type { ReactElement } from 'react'
import { permissionQueries } from '../../api/authcheck'
import { NavLinkLink } from '../../components/NavLinkLink'
import { useCurrentOrganization } from './useCurrentOrganization'

// A page the user cannot open stays in the menu, greyed out, saying why.
function Gate({
  denied,
  label,
  children,
}: {
  denied?: string
  label: string
  children: ReactElement
}) {
  if (!denied) return children
  return (
    <Tooltip label={denied} position="right" withArrow multiline maw={260}>
      <NavLink component="button" label={label} disabled aria-description={denied} />
    </Tooltip>
  )
}

export function MainNav({ onNavigate }: { onNavigate?: () => void }) {
  const { current } = useCurrentOrganization()
  const deployment = useQuery(permissionQueries.deployment())
  const organization = useQuery({
    ...permissionQueries.organization(current?.id ?? ''),
    enabled: current !== undefined,
  })
  const licensesDenied =
    deployment.data?.readLicenses === false
      ? 'Only deployment owners can view licenses.'
      : undefined
  const jobsDenied =
    organization.data?.readProvisionerJobs === false
      ? 'Viewing provisioner jobs needs the owner, organization admin or template admin role.'
      : undefined
  return (
    <Stack gap={2}>
      <NavLinkLink
        to="/organizations"
        label="Organizations"
        activeOptions={{ exact: true, includeSearch: false }}
        onClick={onNavigate}
      />
      <Gate denied={licensesDenied} label="Licenses">
        <NavLinkLink to="/deployment/licenses" label="Licenses" onClick={onNavigate} />
      </Gate>
      <NavLinkLink to="/deployment/entitlements" label="Entitlements" onClick={onNavigate} />
      {current && (
        <>
          <Divider my="sm" />
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb={4} truncate>
            {current.display_name || current.name}
          </Text>
          <Gate denied={jobsDenied} label="Provisioner jobs">
            <NavLinkLink
              to="/organizations/$organization/provisioner-jobs"
              params={{ organization: current.name }}
              label="Provisioner jobs"
              activeOptions={{ includeSearch: false }}
              onClick={onNavigate}
            />
          </Gate>
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
