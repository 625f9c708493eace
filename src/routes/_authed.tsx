import { createFileRoute, Outlet, redirect } from '@tanstack/react-router'
import { isApiError } from '../api/errors'
import { organizationQueries } from '../api/organizations'
import { buildInfoQuery, userQueries } from '../api/users'
import { EntitlementsBanner } from '../features/licenses/EntitlementsBanner'
import { AppShellLayout } from '../features/shell/AppShellLayout'
import { PrebuildsPausedBanner } from '../features/prebuilds/PrebuildsPausedBanner'

export const Route = createFileRoute('/_authed')({
  beforeLoad: async ({ context, location }) => {
    try {
      const me = await context.queryClient.ensureQueryData(userQueries.me())
      return { me }
    } catch (error) {
      if (isApiError(error) && error.status === 401) {
        throw redirect({ to: '/login', search: { redirect: location.href }, replace: true })
      }
      throw error
    }
  },
  // The shell's own data, started early and never awaited: pages do not wait on the switcher.
  loader: ({ context: { queryClient } }) => {
    void queryClient.prefetchQuery(organizationQueries.list())
    void queryClient.prefetchQuery(buildInfoQuery())
  },
  component: AuthedLayout,
})

function AuthedLayout() {
  return (
    <AppShellLayout
      banners={
        <>
          <EntitlementsBanner />
          <PrebuildsPausedBanner />
        </>
      }
    >
      <Outlet />
    </AppShellLayout>
  )
}
