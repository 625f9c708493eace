import type { ReactNode } from 'react'
import { EmptyState } from './EmptyState'

export function NotFoundState({
  title = 'Page not found',
  description = 'The page you are looking for does not exist or you do not have access to it.',
  action,
}: {
  title?: string
  description?: ReactNode
  action?: ReactNode
}) {
  return <EmptyState title={title} description={description} action={action} />
}
