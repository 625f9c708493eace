import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { request } from './client'
import { isApiError } from './errors'
import type { PrebuildsSettings } from './types'

const getSettings = (signal?: AbortSignal) =>
  request<PrebuildsSettings>('/prebuilds/settings', { signal })

export interface PrebuildsSettingsUpdate {
  settings: PrebuildsSettings
  /** Coder answered 304: the setting already had this value (e.g. "already paused"). */
  alreadySet: boolean
}

// The client returns undefined for a 304; 200 echoes the new settings.
const putSettings = async (settings: PrebuildsSettings): Promise<PrebuildsSettingsUpdate> => {
  const body = await request<PrebuildsSettings | undefined>('/prebuilds/settings', {
    method: 'PUT',
    body: settings,
  })
  return { settings: body ?? settings, alreadySet: body === undefined }
}

/**
 * Why the settings cannot be used at all: the deployment lacks the Premium feature (403
 * "Workspace Prebuilds is a Premium feature. Contact sales!") or is an OSS build (404).
 */
export function prebuildsUnavailableReason(error: unknown): string | undefined {
  if (!isApiError(error)) return undefined
  if (error.status === 403 && /premium feature/i.test(error.message)) return error.message
  if (error.status === 404) return 'This Coder deployment does not offer workspace prebuilds.'
  return undefined
}

export const prebuildQueries = {
  settings: () =>
    queryOptions({
      queryKey: ['prebuilds', 'settings'],
      queryFn: ({ signal }) => getSettings(signal),
      staleTime: 10_000,
      // No point polling a deployment that does not have the feature.
      refetchInterval: (query) => (prebuildsUnavailableReason(query.state.error) ? false : 15_000),
    }),
}

export const updatePrebuildsSettingsMutation = (queryClient: QueryClient) => ({
  mutationKey: ['prebuilds', 'settings', 'update'],
  mutationFn: putSettings,
  onSuccess: ({ settings }: PrebuildsSettingsUpdate) => {
    queryClient.setQueryData(prebuildQueries.settings().queryKey, settings)
  },
  // A refused change (403, or a license that went away) means our copy may be stale.
  onError: () => queryClient.invalidateQueries({ queryKey: prebuildQueries.settings().queryKey }),
})
