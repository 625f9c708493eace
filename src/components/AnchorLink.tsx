import { Anchor, type AnchorProps } from '@mantine/core'
import { createLink, type LinkComponent } from '@tanstack/react-router'
import type { ComponentPropsWithRef } from 'react'

type MantineAnchorProps = Omit<AnchorProps, 'href'> & ComponentPropsWithRef<'a'>

function MantineAnchor(props: MantineAnchorProps) {
  return <Anchor {...props} />
}

const CreatedAnchorLink = createLink(MantineAnchor)

// Typed `to`/`params`/`search` with Mantine's Anchor look (plain `component={Link}` loses the typing).
export const AnchorLink: LinkComponent<typeof MantineAnchor> = (props) => (
  <CreatedAnchorLink preload="intent" {...props} />
)
