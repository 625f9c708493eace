import { queryOptions } from '@tanstack/react-query'
import { consoleSession, request } from './client'
import type {
  BuildInfoResponse,
  GetUsersResponse,
  LoginWithPasswordRequest,
  LoginWithPasswordResponse,
  User,
} from './types'

const getMe = (signal?: AbortSignal) => request<User>('/users/me', { signal })
// `user` is an id, a username (system users such as `prebuilds` resolve too) or `me`.
const getUser = (user: string, signal?: AbortSignal) =>
  request<User>(`/users/${encodeURIComponent(user)}`, { signal })
const getUsers = (q: string, limit: number, signal?: AbortSignal) =>
  request<GetUsersResponse>('/users', { query: { q, limit }, signal })
const getBuildInfo = (signal?: AbortSignal) => request<BuildInfoResponse>('/buildinfo', { signal })

export const userQueries = {
  all: () => ['users'] as const,
  me: () =>
    queryOptions({
      queryKey: [...userQueries.all(), 'me'],
      queryFn: ({ signal }) => getMe(signal),
      staleTime: 5 * 60_000,
    }),
  detail: (user: string) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'detail', user.toLowerCase()],
      queryFn: ({ signal }) => getUser(user, signal),
      staleTime: 10 * 60_000,
    }),
  search: (q: string, limit = 25) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'search', q, limit],
      queryFn: ({ signal }) => getUsers(q, limit, signal),
    }),
}

export const buildInfoQuery = () =>
  queryOptions({
    queryKey: ['buildinfo'],
    queryFn: ({ signal }) => getBuildInfo(signal),
    staleTime: Infinity,
  })

export const loginMutation = {
  mutationKey: ['users', 'login'],
  mutationFn: (body: LoginWithPasswordRequest) =>
    request<LoginWithPasswordResponse>('/users/login', { method: 'POST', body }),
}

// A pasted token (SSO users) goes to the console server, which stores it in the HttpOnly
// cookie; reading /users/me then proves it works and tells us who signed in.
export const tokenSignInMutation = {
  mutationKey: ['users', 'login', 'token'],
  mutationFn: async (token: string) => {
    await consoleSession('POST', token)
    return getMe()
  },
}

export const logoutMutation = {
  mutationKey: ['users', 'logout'],
  mutationFn: async () => {
    const result = await request<{ message: string }>('/users/logout', { method: 'POST' })
    // Coder clears its cookie; also drop the console's copy, if any. Best effort only.
    await consoleSession('DELETE').catch(() => undefined)
    return result
  },
}
