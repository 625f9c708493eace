import { Alert, Anchor, List, Stack } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { licenseQueries } from '../../api/licenses'
import { AnchorLink } from '../../components/AnchorLink'

const COLLAPSED_COUNT = 1

function Messages({ items }: { items: string[] }) {
  const [expanded, setExpanded] = useState(false)
  const shown = expanded ? items : items.slice(0, COLLAPSED_COUNT)
  const hidden = items.length - shown.length
  if (items.length === 1) return <>{items[0]}</>
  return (
    <Stack gap={4}>
      <List size="sm" spacing={2}>
        {shown.map((text) => (
          <List.Item key={text}>{text}</List.Item>
        ))}
      </List>
      {(hidden > 0 || expanded) && (
        <Anchor component="button" type="button" size="sm" onClick={() => setExpanded((e) => !e)}>
          {expanded ? 'Show less' : `Show ${hidden} more`}
        </Anchor>
      )}
    </Stack>
  )
}

const TONES = {
  errors: { color: 'red', title: 'License problem', role: 'alert' },
  warnings: { color: 'yellow', title: 'License notice', role: 'status' },
} as const

/** Deployment-wide license warnings and errors from GET /entitlements, shown on every page. */
export function EntitlementsBanner() {
  // A failing entitlements request must not take the shell down; the licenses page shows it.
  const { data } = useQuery(licenseQueries.entitlements())
  if (!data) return null
  const groups = (['errors', 'warnings'] as const).filter((kind) => data[kind].length > 0)
  if (groups.length === 0) return null
  return (
    <Stack gap="xs">
      {groups.map((kind) => (
        <Alert key={kind} variant="light" {...TONES[kind]}>
          <Stack gap={4}>
            <Messages items={data[kind]} />
            <AnchorLink to="/deployment/licenses" size="sm" fw={500}>
              Manage licenses
            </AnchorLink>
          </Stack>
        </Alert>
      ))}
    </Stack>
  )
}
