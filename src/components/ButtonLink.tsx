import { Button, type ButtonProps } from '@mantine/core'
import { createLink, type LinkComponent } from '@tanstack/react-router'
import type { ComponentPropsWithRef } from 'react'

type MantineButtonAnchorProps = Omit<ButtonProps, 'href'> & ComponentPropsWithRef<'a'>

function MantineButtonAnchor(props: MantineButtonAnchorProps) {
  return <Button component="a" {...props} />
}

const CreatedButtonLink = createLink(MantineButtonAnchor)

export const ButtonLink: LinkComponent<typeof MantineButtonAnchor> = (props) => (
  <CreatedButtonLink preload="intent" {...props} />
)
