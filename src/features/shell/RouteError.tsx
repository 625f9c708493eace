import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import { Navigate, useRouter, type ErrorComponentProps } from '@tanstack/react-router'
import { useState } from 'react'
import { isApiError } from '../../api/errors'
import { ErrorState } from '../../components/ErrorState'
import { RouteNotFound } from './RouteNotFound'

// The router's fallback for a failed loader or render. A 401 goes to sign-in and comes back to
// this exact URL; a 404 reads as "not found"; anything else shows Coder's words with a retry.
export function RouteError({ error, reset }: ErrorComponentProps) {
  const router = useRouter()
  // Frozen at the failure: once the redirect starts, the location changes under us and a live
  // value would wrap /login?redirect=… into itself.
  const [href] = useState(() => router.state.location.href)
  const queryReset = useQueryErrorResetBoundary()
  if (isApiError(error) && error.status === 401) {
    return <Navigate to="/login" search={{ redirect: href }} replace />
  }
  if (isApiError(error) && error.status === 404) return <RouteNotFound />
  const handleRetry = () => {
    queryReset.reset()
    reset()
    void router.invalidate()
  }
  return <ErrorState error={error} onRetry={handleRetry} />
}
