import { useDocumentTitle } from '@mantine/hooks'
import { createFileRoute, redirect, useRouter } from '@tanstack/react-router'
import { z } from 'zod'
import { userQueries } from '../api/users'
import { SignInCard } from '../features/auth/SignInCard'
import { safeRedirect } from '../lib/safeUrl'

const loginSearchSchema = z.object({
  redirect: z.string().optional().catch(undefined),
})

export const Route = createFileRoute('/login')({
  validateSearch: loginSearchSchema,
  // Someone already signed in (an old bookmark, a second tab) goes straight on. Ask Coder
  // afresh: a cached `me` can outlive the session, and trusting it would bounce the user
  // between here and the 401 handler. Any failure means "show the form".
  beforeLoad: async ({ context: { queryClient }, search, preload }) => {
    if (preload) return
    const signedIn = await queryClient
      .fetchQuery({ ...userQueries.me(), staleTime: 0, retry: false })
      .then(
        () => true,
        () => false,
      )
    // safeRedirect never answers /login itself, so this cannot loop back here.
    const target = safeRedirect(search.redirect, '/organizations')
    if (signedIn) throw redirect({ href: target, replace: true })
  },
  component: LoginPage,
})

function LoginPage() {
  const { redirect } = Route.useSearch()
  const { queryClient } = Route.useRouteContext()
  const router = useRouter()
  useDocumentTitle('Sign in · Coder admin console')
  const handleSignedIn = () => {
    // Nothing cached under the previous session (or another user) may leak into this one.
    queryClient.clear()
    void router.navigate({ href: safeRedirect(redirect, '/organizations'), replace: true })
  }
  const notice = redirect
    ? 'Your session has ended. Sign in to continue where you left off.'
    : undefined
  return <SignInCard onSignedIn={handleSignedIn} notice={notice} />
}
