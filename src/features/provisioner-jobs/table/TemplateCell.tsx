import { Avatar, Group, Text } from '@mantine/core'
import type { ProvisionerJobMetadata } from '../../../api/types'
import { safeImageSrc } from '../../../lib/safeUrl'

const initials = (name: string) =>
  name
    .split(/[\s_-]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0].toUpperCase())
    .join('') || '?'

export function TemplateCell({ metadata }: { metadata: ProvisionerJobMetadata }) {
  const name = metadata.template_display_name || metadata.template_name || 'Unknown template'
  const src = safeImageSrc(metadata.template_icon)
  return (
    <Group gap={8} wrap="nowrap" miw={0}>
      <Avatar src={src} alt="" size={20} radius="sm" color="gray">
        {initials(name)}
      </Avatar>
      <Text size="sm" truncate>
        {name}
      </Text>
    </Group>
  )
}
