import { Alert, Button, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useQuery } from '@tanstack/react-query'
import { licenseQueries } from '../../api/licenses'
import { AnchorLink } from '../../components/AnchorLink'
import { EmptyState } from '../../components/EmptyState'
import { ErrorState } from '../../components/ErrorState'
import { PageHeader } from '../../components/PageHeader'
import { PendingState } from '../../components/PendingState'
import { WithReason } from '../../components/WithReason'
import { AddLicenseForm } from './AddLicenseForm'
import { AddLicenseModal } from './AddLicenseModal'
import { ExpiryNotice } from './ExpiryNotice'
import { LicenseCard } from './LicenseCard'
import { licenseStatus, sortLicenses } from './licenseStatus'
import { useLicenseDeniedReasons } from './permissions'
import { RefreshEntitlementsButton } from './RefreshEntitlementsButton'
import { useNow } from './useNow'

interface LicensesPageProps {
  adding: boolean
  onAddingChange: (adding: boolean) => void
}

export function LicensesPage({ adding, onAddingChange }: LicensesPageProps) {
  const licenses = useQuery(licenseQueries.list())
  const entitlements = useQuery(licenseQueries.entitlements())
  const denied = useLicenseDeniedReasons()
  const now = useNow()
  const actions = (
    <>
      {licenses.isFetching && licenses.data && (
        <Text size="xs" c="dimmed" aria-live="polite">
          Updating…
        </Text>
      )}
      <RefreshEntitlementsButton deniedReason={denied.refresh} />
      <WithReason reason={denied.upload}>
        <Button onClick={() => onAddingChange(true)} disabled={Boolean(denied.upload)}>
          Add a license
        </Button>
      </WithReason>
    </>
  )
  const header = (
    <PageHeader
      title="Licenses"
      description={
        <>
          Licenses unlock Premium features and set the user limit.{' '}
          <AnchorLink to="/deployment/entitlements">See every feature and its use</AnchorLink>
        </>
      }
      actions={actions}
    />
  )
  if (licenses.isPending)
    return (
      <>
        {header}
        <PendingState rows={3} />
      </>
    )
  if (licenses.isError && !licenses.data) {
    return (
      <>
        {header}
        <ErrorState
          error={licenses.error}
          title="Could not load licenses"
          onRetry={() => void licenses.refetch()}
          isRetrying={licenses.isFetching}
        />
      </>
    )
  }
  const sorted = sortLicenses(licenses.data, now)
  const userLimit = entitlements.data?.features.user_limit
  return (
    <>
      {header}
      {sorted.length === 0 ? (
        <Stack gap="md">
          <EmptyState
            title="No licenses yet"
            description="Without a license this deployment runs Coder's open-source features only. Add the license file from Coder sales below, or paste its text."
          />
          {denied.upload ? (
            <Alert color="gray">{denied.upload}</Alert>
          ) : (
            <AddLicenseForm
              onUploaded={(license) =>
                notifications.show({ color: 'green', message: `License #${license.id} added.` })
              }
            />
          )}
        </Stack>
      ) : (
        <Stack gap="md">
          <ExpiryNotice licenses={sorted} now={now} />
          {entitlements.isError && (
            <Text size="sm" c="dimmed">
              User counts are unavailable: entitlements could not be loaded.
            </Text>
          )}
          {sorted.map((license, index) => {
            const status = licenseStatus(license.claims, now)
            const governing = index === 0 && (status === 'active' || status === 'grace_period')
            return (
              <LicenseCard
                key={license.id}
                license={license}
                status={status}
                now={now}
                governing={governing}
                actualUsers={governing ? userLimit?.actual : undefined}
                removeDeniedReason={denied.delete}
              />
            )
          })}
        </Stack>
      )}
      <AddLicenseModal opened={adding} onClose={() => onAddingChange(false)} />
    </>
  )
}
