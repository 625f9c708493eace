import { NavLink, type NavLinkProps } from '@mantine/core'
import { createLink, type LinkComponent } from '@tanstack/react-router'
import type { ComponentPropsWithRef } from 'react'

type MantineNavLinkProps = Omit<NavLinkProps, 'href'> & ComponentPropsWithRef<'a'>

function MantineNavLink(props: MantineNavLinkProps) {
  return <NavLink component="a" {...props} />
}

const CreatedNavLinkLink = createLink(MantineNavLink)

// Mantine's NavLink look, with typed router links; the active route gets Mantine's active style.
export const NavLinkLink: LinkComponent<typeof MantineNavLink> = (props) => (
  <CreatedNavLinkLink preload="intent" activeProps={{ active: true }} {...props} />
)
