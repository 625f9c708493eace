import { Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import type { LicenseClaims } from '../../api/types'
import {
  formatNumber,
  formatRelative,
  formatUnixZonedDateTime,
  formatZonedDateTime,
} from '../../lib/format'

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {children}
    </Stack>
  )
}

function When({ seconds, now }: { seconds?: number; now: Date }) {
  if (typeof seconds !== 'number') return <Text size="sm">Not set</Text>
  return (
    <div>
      <Text size="sm" fw={500}>
        {formatRelative(seconds * 1000, now)}
      </Text>
      <Text size="xs" c="dimmed">
        {formatUnixZonedDateTime(seconds)}
      </Text>
    </div>
  )
}

export function UserUsage({ limit, actual }: { limit?: number; actual?: number }) {
  if (!limit) return <Text size="sm">Unlimited</Text>
  if (actual === undefined) return <Text size="sm">Up to {formatNumber(limit)} users</Text>
  const over = actual > limit
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} c={over ? 'red' : undefined}>
        {formatNumber(actual)} of {formatNumber(limit)} users{over ? ' (over the limit)' : ''}
      </Text>
      <Progress
        value={Math.min(100, (actual / limit) * 100)}
        color={over ? 'red' : actual / limit > 0.9 ? 'orange' : 'blue'}
        size="sm"
        aria-label={`${actual} of ${limit} users`}
      />
    </Stack>
  )
}

interface LicenseFactsProps {
  claims: Partial<LicenseClaims>
  now: Date
  actualUsers?: number
  uploadedAt?: string
}

/** The dates, users and account of a license, for the cards and the upload preview. */
export function LicenseFacts({ claims, now, actualUsers, uploadedAt }: LicenseFactsProps) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md" verticalSpacing="sm">
      <Fact label="Expires">
        <When seconds={claims.license_expires} now={now} />
      </Fact>
      <Fact label="Grace period ends">
        <When seconds={claims.exp} now={now} />
      </Fact>
      <Fact label="Valid from">
        <When seconds={claims.nbf} now={now} />
      </Fact>
      <Fact label="Users">
        <UserUsage limit={claims.features?.user_limit} actual={actualUsers} />
      </Fact>
      <Fact label="Account">
        <Group gap={4}>
          <Text size="sm" fw={500}>
            {claims.account_id || 'Unknown'}
          </Text>
          {claims.account_type && (
            <Text size="sm" c="dimmed">
              ({claims.account_type})
            </Text>
          )}
        </Group>
        {claims.sub && (
          <Text size="xs" c="dimmed">
            {claims.sub}
          </Text>
        )}
      </Fact>
      {uploadedAt && (
        <Fact label="Uploaded">
          <Text size="sm">{formatZonedDateTime(uploadedAt)}</Text>
        </Fact>
      )}
    </SimpleGrid>
  )
}
