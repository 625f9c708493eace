import { Select } from '@mantine/core'
import { useMatchRoute, useNavigate } from '@tanstack/react-router'
import { useCurrentOrganization } from './useCurrentOrganization'

const JOBS_ROUTE = '/organizations/$organization/provisioner-jobs'

export function OrganizationSwitcher() {
  const { organizations, current, setLastPicked } = useCurrentOrganization()
  const navigate = useNavigate()
  const matchRoute = useMatchRoute()
  if (organizations.length === 0) return null
  // Switching keeps the admin on the same kind of page: jobs stay jobs, settings stay settings.
  const handleChange = (organization: string | null) => {
    if (!organization) return
    setLastPicked(organization)
    const onJobs = matchRoute({ to: JOBS_ROUTE, fuzzy: true })
    if (onJobs) void navigate({ to: JOBS_ROUTE, params: { organization } })
    else void navigate({ to: '/organizations/$organization', params: { organization } })
  }
  return (
    <Select
      aria-label="Organization"
      data={organizations.map((o) => ({ value: o.name, label: o.display_name || o.name }))}
      value={current?.name ?? null}
      onChange={handleChange}
      allowDeselect={false}
      searchable={organizations.length > 7}
      w={200}
      comboboxProps={{ withinPortal: true }}
      checkIconPosition="right"
    />
  )
}
