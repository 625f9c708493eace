import { Alert, Badge, Group, List, Stack, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { licenseQueries } from '../../api/licenses'
import type { Entitlements } from '../../api/types'
import { AnchorLink } from '../../components/AnchorLink'
import { ErrorState } from '../../components/ErrorState'
import { PageHeader } from '../../components/PageHeader'
import { PendingState } from '../../components/PendingState'
import { EntitlementsTable } from './EntitlementsTable'
import { formatZonedDateTime } from '../../lib/format'
import { useLicenseDeniedReasons } from './permissions'
import { RefreshEntitlementsButton } from './RefreshEntitlementsButton'

function Summary({ entitlements }: { entitlements: Entitlements }) {
  const { has_license, trial, refreshed_at, warnings, errors } = entitlements
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Badge color={has_license ? 'green' : 'gray'} variant="light">
          {has_license ? 'Licensed' : 'No license in force'}
        </Badge>
        {trial && (
          <Badge color="grape" variant="light">
            Trial
          </Badge>
        )}
        <Text size="sm" c="dimmed">
          Last refreshed {formatZonedDateTime(refreshed_at)}
        </Text>
      </Group>
      {errors.length + warnings.length > 0 && (
        <Alert color={errors.length > 0 ? 'red' : 'yellow'} variant="light">
          <List size="sm">
            {[...errors, ...warnings].map((text) => (
              <List.Item key={text}>{text}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  )
}

export function EntitlementsPage() {
  const entitlements = useQuery(licenseQueries.entitlements())
  const denied = useLicenseDeniedReasons()
  const header = (
    <PageHeader
      title="Entitlements"
      description={
        <>
          What the deployment's licenses allow right now, combined.{' '}
          <AnchorLink to="/deployment/licenses">Manage licenses</AnchorLink>
        </>
      }
      actions={
        <>
          {entitlements.isFetching && entitlements.data && (
            <Text size="xs" c="dimmed" aria-live="polite">
              Updating…
            </Text>
          )}
          <RefreshEntitlementsButton deniedReason={denied.refresh} />
        </>
      }
    />
  )
  if (entitlements.isPending)
    return (
      <>
        {header}
        <PendingState rows={8} />
      </>
    )
  if (!entitlements.data) {
    return (
      <>
        {header}
        <ErrorState
          error={entitlements.error}
          title="Could not load entitlements"
          onRetry={() => void entitlements.refetch()}
          isRetrying={entitlements.isFetching}
        />
      </>
    )
  }
  return (
    <>
      {header}
      <Stack gap="md">
        <Summary entitlements={entitlements.data} />
        <EntitlementsTable entitlements={entitlements.data} />
      </Stack>
    </>
  )
}
