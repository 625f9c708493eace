import { Badge, Text, Tooltip } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { PrebuildsSystemUserID } from '../../../api/types'
import { userQueries } from '../../../api/users'

// Only mounted rows ask, and the cache shares one request per user id, so a 10,000-row
// queue with a handful of initiators costs a handful of lookups.
export function InitiatorBadge({ initiatorId }: { initiatorId: string }) {
  const isPrebuilds = initiatorId === PrebuildsSystemUserID
  const user = useQuery({ ...userQueries.detail(initiatorId), enabled: !isPrebuilds })
  if (isPrebuilds) {
    return (
      <Badge color="grape" variant="outline" radius="sm" tt="none">
        prebuilds
      </Badge>
    )
  }
  const name = user.data?.username
  return (
    <Tooltip label={user.data?.name || initiatorId} openDelay={400}>
      <Text size="sm" truncate c={name ? undefined : 'dimmed'} ff={name ? undefined : 'monospace'}>
        {name ?? initiatorId.slice(0, 8)}
      </Text>
    </Tooltip>
  )
}
