import { Badge, type MantineColor } from '@mantine/core'
import type { ProvisionerJobStatus } from '../../../api/types'
import { statusLabel } from './columns'

const statusColor: Record<ProvisionerJobStatus, MantineColor> = {
  pending: 'yellow',
  running: 'blue',
  succeeded: 'green',
  canceling: 'orange',
  canceled: 'gray',
  failed: 'red',
  unknown: 'gray',
}

export function JobStatusBadge({ status }: { status: ProvisionerJobStatus }) {
  return (
    <Badge color={statusColor[status]} variant="light" radius="sm" tt="none">
      {statusLabel(status)}
    </Badge>
  )
}
