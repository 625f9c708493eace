import { Button, Stack, Text, Textarea } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { tokenSignInMutation } from '../../api/users'
import { ErrorState } from '../../components/ErrorState'

// For SSO users: they create a token with `coder tokens create` or from Coder's own dashboard
// and paste it here. It goes to the console server only, which keeps it in an HttpOnly cookie.
export function TokenSignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const [token, setToken] = useState('')
  const signIn = useMutation(tokenSignInMutation)
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    signIn.mutate(token.trim(), { onSuccess: onSignedIn })
  }
  return (
    <form onSubmit={handleSubmit}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Signed in to Coder with SSO? Run <code>coder tokens create</code> (or copy a token from
          Coder&apos;s dashboard) and paste it below.
        </Text>
        <Textarea
          label="Session token"
          required
          withAsterisk={false}
          autosize
          minRows={2}
          autoComplete="off"
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          value={token}
          onChange={(event) => setToken(event.currentTarget.value)}
          data-autofocus
        />
        {signIn.error && <ErrorState error={signIn.error} />}
        <Button type="submit" loading={signIn.isPending} disabled={!token.trim()} fullWidth>
          Sign in with token
        </Button>
      </Stack>
    </form>
  )
}
