import { createFileRoute, Outlet } from '@tanstack/react-router'

export const Route = createFileRoute('/_authed/organizations')({
  staticData: { crumb: 'Organizations' },
  component: Outlet,
})
