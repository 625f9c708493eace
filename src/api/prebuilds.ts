import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { request } from './client'
import type { PrebuildsSettings } from './types'

const getSettings = (signal?: AbortSignal) =>
  request<PrebuildsSettings>('/prebuilds/settings', { signal })

// 304 means the setting already had this value: still a success, the value is what we asked.
const putSettings = async (settings: PrebuildsSettings) =>
  (await request<PrebuildsSettings | undefined>('/prebuilds/settings', {
    method: 'PUT',
    body: settings,
  })) ?? settings

export const prebuildQueries = {
  settings: () =>
    queryOptions({
      queryKey: ['prebuilds', 'settings'],
      queryFn: ({ signal }) => getSettings(signal),
      staleTime: 10_000,
      refetchInterval: 15_000,
    }),
}

export const updatePrebuildsSettingsMutation = (queryClient: QueryClient) => ({
  mutationKey: ['prebuilds', 'settings', 'update'],
  mutationFn: putSettings,
  onSuccess: (settings: PrebuildsSettings) => {
    queryClient.setQueryData(prebuildQueries.settings().queryKey, settings)
  },
})
