import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'

interface ErrorLike {
  status?: unknown
}

const statusOf = (error: unknown): number | undefined => {
  const status = (error as ErrorLike | null)?.status
  return typeof status === 'number' ? status : undefined
}

export interface QueryClientHooks {
  onUnauthorized?: () => void
  // A background refetch failed while data is on screen: tell the user, keep the data.
  onBackgroundError?: (error: unknown) => void
}

export function createQueryClient(hooks: QueryClientHooks = {}): QueryClient {
  const handle401 = (error: unknown) => {
    if (statusOf(error) === 401) hooks.onUnauthorized?.()
  }
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        handle401(error)
        if (query.state.data !== undefined && statusOf(error) !== 401) {
          hooks.onBackgroundError?.(error)
        }
      },
    }),
    mutationCache: new MutationCache({ onError: handle401 }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // 4xx answers are final; only network errors and 5xx are worth a second try.
        retry: (count, error) => {
          const status = statusOf(error)
          if (status !== undefined && status < 500) return false
          return count < 2
        },
      },
    },
  })
}
