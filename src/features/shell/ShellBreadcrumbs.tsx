import { Anchor, Breadcrumbs, Text } from '@mantine/core'
import { useDocumentTitle } from '@mantine/hooks'
import { useNavigate } from '@tanstack/react-router'
import { useCrumbs } from './useCrumbs'

const PRODUCT = 'Coder admin console'

// Breadcrumbs for every page, and the document title built from the same labels.
export function ShellBreadcrumbs() {
  const crumbs = useCrumbs()
  const navigate = useNavigate()
  const title = [...crumbs.map((c) => c.label).reverse(), PRODUCT].join(' · ')
  useDocumentTitle(title)
  if (crumbs.length < 2) return null
  return (
    <Breadcrumbs mb="sm" separatorMargin={6} aria-label="Breadcrumbs">
      {crumbs.map((crumb, index) =>
        index === crumbs.length - 1 ? (
          <Text key={crumb.pathname} size="sm" c="dimmed" aria-current="page">
            {crumb.label}
          </Text>
        ) : (
          <Anchor
            key={crumb.pathname}
            size="sm"
            href={crumb.pathname}
            onClick={(event) => {
              event.preventDefault()
              void navigate({ href: crumb.pathname })
            }}
          >
            {crumb.label}
          </Anchor>
        ),
      )}
    </Breadcrumbs>
  )
}
