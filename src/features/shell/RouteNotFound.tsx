import { ButtonLink } from '../../components/ButtonLink'
import { NotFoundState } from '../../components/NotFoundState'

export function RouteNotFound({ what }: { what?: string }) {
  return (
    <NotFoundState
      title={what ? `${what} not found` : 'Page not found'}
      description="It does not exist, or your account cannot see it."
      action={
        <ButtonLink to="/organizations" variant="light">
          Go to organizations
        </ButtonLink>
      }
    />
  )
}
