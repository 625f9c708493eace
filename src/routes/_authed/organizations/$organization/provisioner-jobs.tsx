import { createFileRoute } from '@tanstack/react-router'

export const Route = createFileRoute('/_authed/organizations/$organization/provisioner-jobs')({
  component: () => <div>Provisioner jobs</div>,
})
