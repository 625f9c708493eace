import { useQuery } from '@tanstack/react-query'
import { permissionQueries } from '../../api/authcheck'

const CHECKING = 'Checking your permissions…'

export interface LicenseDeniedReasons {
  upload?: string
  delete?: string
  refresh?: string
}

// Why the signed-in user may not change licenses; undefined entries are allowed actions.
// A failed permission check does not block: the server still has the last word.
export function useLicenseDeniedReasons(): LicenseDeniedReasons {
  const { data, isError } = useQuery(permissionQueries.deployment())
  if (!data) {
    const reason = isError ? undefined : CHECKING
    return { upload: reason, delete: reason, refresh: reason }
  }
  return {
    upload: data.createLicense ? undefined : 'Only deployment owners can add licenses.',
    delete: data.deleteLicense ? undefined : 'Only deployment owners can remove licenses.',
    refresh: data.createLicense ? undefined : 'Only deployment owners can refresh entitlements.',
  }
}
