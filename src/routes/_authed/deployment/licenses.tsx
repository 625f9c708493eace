import { createFileRoute } from '@tanstack/react-router'

export const Route = createFileRoute('/_authed/deployment/licenses')({
  component: () => <div>Licenses</div>,
})
