import { createFileRoute } from '@tanstack/react-router'

export const Route = createFileRoute('/_authed/organizations/')({
  component: () => <div>Organizations</div>,
})
