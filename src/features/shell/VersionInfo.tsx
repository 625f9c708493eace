import { Anchor, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { buildInfoQuery } from '../../api/users'
import { safeImageSrc } from '../../lib/safeUrl'

export function VersionInfo() {
  const { data, isError } = useQuery(buildInfoQuery())
  if (isError)
    return (
      <Text size="xs" c="dimmed">
        Version unavailable
      </Text>
    )
  if (!data)
    return (
      <Text size="xs" c="dimmed">
        Loading version…
      </Text>
    )
  // external_url points at the exact commit; only follow it when it is a web URL.
  const link = safeImageSrc(data.external_url)
  const label = `Coder ${data.version}`
  return link && /^https?:/.test(link) ? (
    <Anchor
      href={link}
      target="_blank"
      rel="noreferrer"
      size="xs"
      c="dimmed"
      title="Deployment version"
    >
      {label}
    </Anchor>
  ) : (
    <Text size="xs" c="dimmed" title="Deployment version">
      {label}
    </Text>
  )
}
