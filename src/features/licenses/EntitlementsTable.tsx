import { Badge, Table, Text } from '@mantine/core'
import { FeatureNames, type Entitlement, type Entitlements, type Feature } from '../../api/types'
import { featureLabel } from './features'
import { UserUsage } from './LicenseFacts'

const LOOK: Record<Entitlement, { color: string; label: string }> = {
  entitled: { color: 'green', label: 'Entitled' },
  grace_period: { color: 'orange', label: 'Grace period' },
  not_entitled: { color: 'gray', label: 'Not entitled' },
}

const NOT_ENTITLED: Feature = { entitlement: 'not_entitled', enabled: false }

// Every feature Coder knows (listed even when the server omits some, as Coder's dashboard does),
// plus any newer ones the server reports; missing ones are not entitled.
function allFeatures(entitlements: Entitlements): [string, Feature][] {
  const names = [...FeatureNames, ...Object.keys(entitlements.features)]
  return [...new Set(names)].map((name) => [name, entitlements.features[name] ?? NOT_ENTITLED])
}

function Usage({ name, feature }: { name: string; feature: Feature }) {
  if (name === 'user_limit' && feature.entitlement !== 'not_entitled') {
    return <UserUsage limit={feature.limit} actual={feature.actual} />
  }
  if (feature.limit === undefined && feature.actual === undefined) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    )
  }
  return (
    <Text size="sm">
      {feature.actual ?? '—'} used of {feature.limit ?? 'unlimited'}
    </Text>
  )
}

export function EntitlementsTable({ entitlements }: { entitlements: Entitlements }) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" striped highlightOnHover aria-label="Features">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Feature</Table.Th>
            <Table.Th>Entitlement</Table.Th>
            <Table.Th>Enabled</Table.Th>
            <Table.Th w="30%">Limit and use</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {allFeatures(entitlements).map(([name, feature]) => (
            <Table.Tr key={name}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {featureLabel(name)}
                </Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge color={LOOK[feature.entitlement].color} variant="light">
                  {LOOK[feature.entitlement].label}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{feature.enabled ? 'Yes' : 'No'}</Text>
              </Table.Td>
              <Table.Td>
                <Usage name={name} feature={feature} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
