import { Badge, Group, Paper, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core'
import type { ReactNode } from 'react'
import { ProvisionerJobStatuses } from '../../../api/types'
import { formatDateTime, formatDuration, formatNumber } from '../../../lib/format'
import { JobStatusBadge } from '../table/JobStatusBadge'
import type { PendingSample } from './pendingHistory'
import type { QueueHealthSummary } from './queueHealth'
import { Sparkline } from './Sparkline'

export interface QueueHealthProps {
  summary: QueueHealthSummary
  history: PendingSample[]
  nowMs: number
  /** false while the daemon list is unknown (still loading or not permitted) */
  hasDaemons: boolean
}

function Tile({
  title,
  children,
  ariaLabel,
}: {
  title: string
  children: ReactNode
  ariaLabel: string
}) {
  return (
    <Paper withBorder p="sm" radius="md" role="group" aria-label={ariaLabel}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={6}>
        {title}
      </Text>
      {children}
    </Paper>
  )
}

const Big = ({ children, color }: { children: ReactNode; color?: string }) => (
  <Text fw={700} size="xl" lh={1.1} c={color}>
    {children}
  </Text>
)

export function QueueHealth({ summary, history, nowMs, hasDaemons }: QueueHealthProps) {
  const oldestMs = summary.oldestPendingAt ? nowMs - Date.parse(summary.oldestPendingAt) : 0
  const topTemplates = summary.pendingByTemplate.slice(0, 3)
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
      <Tile title="Jobs in view by status" ariaLabel="Jobs by status">
        <Group gap={6}>
          {ProvisionerJobStatuses.filter((s) => summary.byStatus[s] > 0).map((status) => (
            <Group key={status} gap={4} wrap="nowrap">
              <JobStatusBadge status={status} />
              <Text size="sm" fw={600}>
                {formatNumber(summary.byStatus[status])}
              </Text>
            </Group>
          ))}
          {summary.total === 0 && (
            <Text size="sm" c="dimmed">
              No jobs
            </Text>
          )}
        </Group>
      </Tile>
      <Tile title="Pending" ariaLabel="Pending jobs">
        <Group justify="space-between" align="flex-end" wrap="nowrap">
          <Stack gap={2}>
            <Big>{formatNumber(summary.pending)}</Big>
            <Text size="xs" c="dimmed">
              {formatNumber(summary.pendingPrebuilds)} prebuilds ·{' '}
              {formatNumber(summary.pendingPeople)} people
            </Text>
          </Stack>
          <Sparkline
            samples={history}
            label={`Pending jobs over the last ${history.length} refreshes`}
            width={110}
          />
        </Group>
        {topTemplates.length > 0 && (
          <Text size="xs" c="dimmed" truncate mt={4}>
            {topTemplates.map((t) => `${t.name} ${formatNumber(t.count)}`).join(' · ')}
          </Text>
        )}
      </Tile>
      <Tile title="Oldest pending" ariaLabel="Oldest pending job">
        {summary.oldestPendingAt ? (
          <Tooltip label={`Created ${formatDateTime(summary.oldestPendingAt)}`}>
            <Big color={oldestMs > 15 * 60_000 ? 'orange' : undefined}>
              {formatDuration(oldestMs)}
            </Big>
          </Tooltip>
        ) : (
          <Big>—</Big>
        )}
        <Text size="xs" c="dimmed">
          waiting for a provisioner
        </Text>
      </Tile>
      <Tile title="Provisioners" ariaLabel="Provisioners">
        <Big>
          {hasDaemons ? `${summary.daemonsOnline} / ${summary.daemonsTotal}` : '—'}
          <Text span size="sm" c="dimmed" fw={400}>
            {' '}
            online
          </Text>
        </Big>
        {hasDaemons && summary.unservable > 0 ? (
          <Badge color="red" variant="light" tt="none" mt={4}>
            {formatNumber(summary.unservable)} pending no provisioner can take
          </Badge>
        ) : (
          <Text size="xs" c="dimmed">
            {hasDaemons ? 'Every pending job has a provisioner' : 'Provisioner list unavailable'}
          </Text>
        )}
      </Tile>
    </SimpleGrid>
  )
}
