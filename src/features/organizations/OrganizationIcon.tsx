import { Avatar, type MantineSize } from '@mantine/core'
import { safeImageSrc } from '../../lib/safeUrl'

interface OrganizationIconProps {
  name: string
  displayName?: string
  icon: string
  size?: MantineSize | number
}

function initials(label: string): string {
  const words = label
    .trim()
    .split(/[\s_-]+/)
    .filter(Boolean)
  const letters = words.length > 1 ? words[0][0] + words[1][0] : label.slice(0, 2)
  return letters.toUpperCase()
}

// Only http(s) and same-origin icons are loaded; other schemes and broken images show initials.
export function OrganizationIcon({ name, displayName, icon, size = 'md' }: OrganizationIconProps) {
  const label = displayName || name
  return (
    <Avatar
      src={safeImageSrc(icon) ?? null}
      alt={`${label} icon`}
      size={size}
      radius="sm"
      color="initials"
      name={label}
      imageProps={{ referrerPolicy: 'no-referrer' }}
    >
      {initials(label)}
    </Avatar>
  )
}
