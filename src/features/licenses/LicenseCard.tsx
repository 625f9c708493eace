import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core'
import type { License } from '../../api/types'
import { FeatureBadges } from './FeatureBadges'
import { featureSetLabel } from './features'
import { LicenseFacts } from './LicenseFacts'
import { LicenseStatusBadge } from './LicenseStatusBadge'
import type { LicenseStatus } from './licenseStatus'
import { RemoveLicenseButton } from './RemoveLicenseButton'

interface LicenseCardProps {
  license: License
  status: LicenseStatus
  now: Date
  /** Active users deployment-wide (from entitlements), set when this license's limit applies. */
  actualUsers?: number
  governing: boolean
  removeDeniedReason?: string
}

export function LicenseCard(props: LicenseCardProps) {
  const { license, status, now, actualUsers, governing, removeDeniedReason } = props
  const { claims } = license
  const set = featureSetLabel(claims)
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-label={`License ${license.id}`}
      style={governing ? { borderColor: 'var(--mantine-color-green-filled)' } : undefined}
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Group gap="xs">
            <Title order={3} size="h4">
              License #{license.id}
            </Title>
            <LicenseStatusBadge status={status} />
            {set && <Badge variant="light">{set}</Badge>}
            {claims.trial && (
              <Badge color="grape" variant="light">
                Trial
              </Badge>
            )}
            {governing && (
              <Text size="xs" c="dimmed">
                In force now
              </Text>
            )}
          </Group>
          <RemoveLicenseButton
            licenseId={license.id}
            status={status}
            deniedReason={removeDeniedReason}
          />
        </Group>
        <LicenseFacts
          claims={claims}
          now={now}
          actualUsers={actualUsers}
          uploadedAt={license.uploaded_at}
        />
        <Stack gap={6}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Features
          </Text>
          <FeatureBadges claims={claims} />
        </Stack>
      </Stack>
    </Paper>
  )
}
