import { Badge, Group, Text } from '@mantine/core'
import type { LicenseClaims } from '../../api/types'
import { featureLabel, grantedFeatures } from './features'

export function FeatureBadges({ claims }: { claims: Partial<LicenseClaims> }) {
  const features = grantedFeatures(claims)
  if (features.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        This license grants no features beyond its user limit.
      </Text>
    )
  }
  return (
    <Group gap={6} aria-label="Features">
      {features.map((name) => (
        <Badge key={name} variant="outline" color="gray" size="sm" tt="none" fw={500}>
          {featureLabel(name)}
        </Badge>
      ))}
    </Group>
  )
}
