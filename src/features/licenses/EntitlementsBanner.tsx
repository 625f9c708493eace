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

/** Deployment-wide license warnings and errors from GET /entitlements, shown on every page. */
export function EntitlementsBanner() {
  // A failing entitlements request must not take the shell down; the licenses page shows it.
  const { data } = useQuery(licenseQueries.entitlements())
  if (!data) return null
  const { errors, warnings } = data
  if (errors.length === 0 && warnings.length === 0) return null
  const link = (
    <AnchorLink to="/deployment/licenses" size="sm" fw={500}>
      Manage licenses
    </AnchorLink>
  )
  return (
    <Stack gap="xs">
      {errors.length > 0 && (
        <Alert color="red" variant="light" title="License problem" role="alert">
          <Stack gap={4}>
            <Messages items={errors} />
            {link}
          </Stack>
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert color="yellow" variant="light" title="License notice" role="status">
          <Stack gap={4}>
            <Messages items={warnings} />
            {link}
          </Stack>
        </Alert>
      )}
    </Stack>
  )
}
