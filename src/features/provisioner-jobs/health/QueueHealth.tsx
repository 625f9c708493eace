import { Group, Paper, SimpleGrid, Text, Tooltip } from '@mantine/core'
import type { ReactNode } from 'react'
import { ProvisionerJobStatuses } from '../../../api/types'
import { formatDateTime, formatDuration, formatNumber } from '../../../lib/format'
import { JobStatusBadge } from '../table/JobStatusBadge'
import type { PendingSample } from './pendingHistory'
import type { QueueHealthSummary } from './queueHealth'
import { Sparkline } from './Sparkline'
import { pendingTrendLabel } from './sparklinePoints'

export interface QueueHealthProps {
  summary: QueueHealthSummary
  history: PendingSample[]
  nowMs: number
  /** false while the daemon list is unknown (still loading or not permitted) */
  hasDaemons: boolean
  /** false until the org's pending queue has loaded once */
  hasQueue: boolean
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

export function QueueHealth({ summary, history, nowMs, hasDaemons, hasQueue }: QueueHealthProps) {
  const oldestMs = summary.oldestPendingAt ? nowMs - Date.parse(summary.oldestPendingAt) : 0
  const topTemplates = summary.pendingByTemplate.slice(0, 3)
  const oldestCaption = !hasQueue
    ? 'Loading the queue…'
    : summary.oldestPendingAt
      ? 'waiting for a provisioner'
      : 'Nothing is waiting'
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
        <Group gap="xs" align="baseline" wrap="nowrap">
          <Big>{hasQueue ? formatNumber(summary.pending) : '—'}</Big>
          {hasQueue && (
            <Text size="xs" c="dimmed" truncate>
              {formatNumber(summary.pendingPrebuilds)} prebuilds ·{' '}
              {formatNumber(summary.pendingPeople)} people
            </Text>
          )}
        </Group>
        <Sparkline samples={history} label={pendingTrendLabel(history)} width={220} height={24} />
        {topTemplates.length > 0 && (
          <Text size="xs" c="dimmed" truncate mt={2}>
            {topTemplates.map((t) => `${t.name} ${formatNumber(t.count)}`).join(' · ')}
          </Text>
        )}
      </Tile>
      <Tile title="Oldest pending" ariaLabel="Oldest pending job">
        {hasQueue && summary.oldestPendingAt ? (
          <Tooltip label={`Created ${formatDateTime(summary.oldestPendingAt)}`}>
            <Big color={oldestMs > 15 * 60_000 ? 'orange' : undefined}>
              {formatDuration(oldestMs)}
            </Big>
          </Tooltip>
        ) : (
          <Big>—</Big>
        )}
        <Text size="xs" c="dimmed">
          {oldestCaption}
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
        {hasDaemons && hasQueue && summary.unservable > 0 ? (
          <Tooltip label="Pending jobs whose tags no online provisioner covers: they wait until one that matches comes online">
            <Text size="xs" c="red" fw={600}>
              {formatNumber(summary.unservable)} pending with no provisioner to take them
            </Text>
          </Tooltip>
        ) : (
          <Text size="xs" c="dimmed">
            {!hasDaemons
              ? 'Provisioner list unavailable'
              : hasQueue
                ? 'Every pending job has a provisioner'
                : 'Checking the queue…'}
          </Text>
        )}
        {hasQueue && summary.stuckAhead > 0 && (
          <Tooltip label="Pending jobs no provisioner can take still hold places in the queue, so jobs behind them show a higher queue position than their real wait">
            <Text size="xs" c="orange" fw={600}>
              {formatNumber(summary.stuckAhead)} stuck{' '}
              {summary.stuckAhead === 1 ? 'job ahead inflates' : 'jobs ahead inflate'} queue
              positions
            </Text>
          </Tooltip>
        )}
      </Tile>
    </SimpleGrid>
  )
}
