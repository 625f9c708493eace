import { Avatar, Button, Menu, Text } from '@mantine/core'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { logoutMutation, userQueries } from '../../api/users'
import { safeImageSrc } from '../../lib/safeUrl'

export function AccountMenu() {
  const { data: me } = useQuery(userQueries.me())
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const logout = useMutation(logoutMutation)
  // Whatever Coder answers (even 401 for an already expired session), the user ends signed out.
  const handleSignOut = () =>
    logout.mutate(undefined, {
      onSettled: () => {
        queryClient.clear()
        void navigate({ to: '/login', replace: true })
      },
    })
  if (!me) return null
  const roles = me.roles.map((r) => r.display_name || r.name).join(', ')
  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          aria-label="Account menu"
          px="xs"
          leftSection={
            <Avatar
              src={safeImageSrc(me.avatar_url) ?? null}
              size="sm"
              radius="xl"
              name={me.username}
              color="initials"
            />
          }
        >
          <Text size="sm" fw={500} visibleFrom="xs">
            {me.username}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
            {me.name || me.username}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {me.email}
          </Text>
          {roles && (
            <Text size="xs" c="dimmed" truncate>
              {roles}
            </Text>
          )}
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item color="red" onClick={handleSignOut} disabled={logout.isPending}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
