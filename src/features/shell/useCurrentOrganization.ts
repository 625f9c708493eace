import { useLocalStorage } from '@mantine/hooks'
import { useQuery } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { organizationQueries } from '../../api/organizations'

const LAST_ORG_KEY = 'coder-console:organization'

// The organization the navigation points at: the one in the URL, else the last one picked,
// else the default organization (or the first one the user can see).
export function useCurrentOrganization() {
  const params = useParams({ strict: false }) as { organization?: string }
  const [lastPicked, setLastPicked] = useLocalStorage<string | undefined>({
    key: LAST_ORG_KEY,
    defaultValue: undefined,
    getInitialValueInEffect: false,
  })
  const { data: organizations = [] } = useQuery(organizationQueries.list())
  const known = (name?: string) =>
    organizations.find((o) => name && o.name.toLowerCase() === name.toLowerCase())
  const current =
    known(params.organization) ??
    known(lastPicked) ??
    organizations.find((o) => o.is_default) ??
    organizations[0]
  return { organizations, current, urlOrganization: params.organization, setLastPicked }
}
