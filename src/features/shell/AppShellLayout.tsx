import { AppShell, Box, Burger, Group, ScrollArea, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import type { ReactNode } from 'react'
import { AccountMenu } from './AccountMenu'
import { ColorSchemeToggle } from './ColorSchemeToggle'
import { MainNav } from './MainNav'
import { OrganizationSwitcher } from './OrganizationSwitcher'
import { ShellBreadcrumbs } from './ShellBreadcrumbs'
import { VersionInfo } from './VersionInfo'

interface AppShellLayoutProps {
  /** Deployment-wide notices, rendered above every page. */
  banners?: ReactNode
  children: ReactNode
}

export function AppShellLayout({ banners, children }: AppShellLayoutProps) {
  const [isNavOpen, nav] = useDisclosure(false)
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !isNavOpen } }}
      padding={0}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={isNavOpen}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
            />
            <Text fw={700} size="md">
              Coder
              <Text span c="dimmed" fw={500} inherit>
                {' '}
                admin
              </Text>
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Box visibleFrom="sm">
              <OrganizationSwitcher />
            </Box>
            <ColorSchemeToggle />
            <AccountMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main navigation">
        <AppShell.Section hiddenFrom="sm" mb="sm">
          <OrganizationSwitcher />
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea}>
          <MainNav onNavigate={nav.close} />
        </AppShell.Section>
        <AppShell.Section pt="sm" px="sm">
          <VersionInfo />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        {banners}
        <Box p="lg" maw={1280}>
          <ShellBreadcrumbs />
          {children}
        </Box>
      </AppShell.Main>
    </AppShell>
  )
}
