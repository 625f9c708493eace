import { useDocumentTitle } from '@mantine/hooks'
import { createFileRoute, useRouter } from '@tanstack/react-router'
import { z } from 'zod'
import { SignInCard } from '../features/auth/SignInCard'
import { safeRedirect } from '../lib/safeUrl'

const loginSearchSchema = z.object({
  redirect: z.string().optional().catch(undefined),
})

export const Route = createFileRoute('/login')({
  validateSearch: loginSearchSchema,
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
