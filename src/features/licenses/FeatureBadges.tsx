import { Anchor, Badge, Collapse, Group, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import type { LicenseClaims } from '../../api/types'
import { featureLabel, featureSetLabel, grantedFeatures, missingFeatures } from './features'

// One sentence first: the full list is the same long set on most cards.
function summary(claims: Partial<LicenseClaims>, count: number): string {
  const missing = missingFeatures(claims).map(featureLabel)
  if (missing.length === 0) return `All ${count} features.`
  const set = featureSetLabel(claims)
  const prefix = set ? `${set}: ${count} features` : `${count} features`
  return `${prefix}, without ${missing.join(', ')}.`
}

export function FeatureBadges({ claims }: { claims: Partial<LicenseClaims> }) {
  const [open, setOpen] = useState(false)
  const features = grantedFeatures(claims)
  if (features.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        This license grants no features beyond its user limit.
      </Text>
    )
  }
  return (
    <Stack gap={6}>
      <Group gap="xs">
        <Text size="sm">{summary(claims, features.length)}</Text>
        <Anchor component="button" type="button" size="sm" onClick={() => setOpen((o) => !o)}>
          {open ? 'Hide list' : 'Show list'}
        </Anchor>
      </Group>
      <Collapse in={open}>
        <Group gap={6} aria-label="Features">
          {features.map((name) => (
            <Badge key={name} variant="outline" color="gray" size="sm" tt="none" fw={500}>
              {featureLabel(name)}
            </Badge>
          ))}
        </Group>
      </Collapse>
    </Stack>
  )
}
