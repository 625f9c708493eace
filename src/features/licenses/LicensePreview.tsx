import { Alert, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core'
import type { Entitlements, LicenseClaims } from '../../api/types'
import { FeatureBadges } from './FeatureBadges'
import { featureLabel, featureSetLabel, grantedFeatures } from './features'
import { LicenseFacts } from './LicenseFacts'
import { preflightWarnings } from './preflight'

interface LicensePreviewProps {
  header: Record<string, unknown>
  claims: Partial<LicenseClaims>
  now: Date
  deploymentId?: string
  current?: Entitlements
}

// What changes against today's entitlements once the other licenses run out.
function comparedToToday(claims: Partial<LicenseClaims>, current?: Entitlements): string[] {
  if (!current?.has_license) return []
  const notes: string[] = []
  const seats = claims.features?.user_limit
  const today = current.features.user_limit?.limit
  if (seats && today && seats < today) {
    notes.push(`It allows ${seats} users; the deployment is licensed for ${today} today.`)
  }
  const granted = new Set(grantedFeatures(claims))
  const lost = Object.entries(current.features)
    .filter(([name, f]) => name !== 'user_limit' && f.entitlement === 'entitled')
    .filter(([name]) => !granted.has(name))
    .map(([name]) => featureLabel(name))
  if (lost.length > 0)
    notes.push(`It does not include features licensed today: ${lost.join(', ')}.`)
  return notes
}

export function LicensePreview({
  header,
  claims,
  now,
  deploymentId,
  current,
}: LicensePreviewProps) {
  const warnings = preflightWarnings(header, claims, { now, deploymentId })
  const downgrades = comparedToToday(claims, current)
  const set = featureSetLabel(claims)
  return (
    <Paper withBorder p="md" radius="md" aria-label="License preview">
      <Stack gap="sm">
        <Group gap="xs">
          <Title order={4}>This license</Title>
          {set && <Badge variant="light">{set}</Badge>}
          {claims.trial && (
            <Badge color="grape" variant="light">
              Trial
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          Decoded in your browser; Coder checks the signature when you upload.
        </Text>
        <LicenseFacts claims={claims} now={now} />
        <FeatureBadges claims={claims} />
        {warnings.map((w) => (
          <Alert key={w.text} color={w.level === 'error' ? 'red' : 'yellow'} variant="light" p="xs">
            <Text size="sm">{w.text}</Text>
          </Alert>
        ))}
        {downgrades.length > 0 && (
          <Alert color="yellow" variant="light" p="xs" title="Less than what you have today">
            <List size="sm">
              {downgrades.map((note) => (
                <List.Item key={note}>{note}</List.Item>
              ))}
            </List>
          </Alert>
        )}
      </Stack>
    </Paper>
  )
}
