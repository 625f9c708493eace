import { Anchor, Center, Paper, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { PasswordSignInForm } from './PasswordSignInForm'
import { TokenSignInForm } from './TokenSignInForm'

interface SignInCardProps {
  onSignedIn: () => void
  /** Shown when the user was sent here by an expired session. */
  notice?: string
}

export function SignInCard({ onSignedIn, notice }: SignInCardProps) {
  const [method, setMethod] = useState<'password' | 'token'>('password')
  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-body)">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
        <Stack gap="lg">
          <Stack gap={4}>
            <Title order={2}>Sign in</Title>
            <Text size="sm" c="dimmed">
              Coder admin console
            </Text>
          </Stack>
          {notice && (
            <Text size="sm" c="orange" role="status">
              {notice}
            </Text>
          )}
          {method === 'password' ? (
            <PasswordSignInForm onSignedIn={onSignedIn} />
          ) : (
            <TokenSignInForm onSignedIn={onSignedIn} />
          )}
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => setMethod(method === 'password' ? 'token' : 'password')}
          >
            {method === 'password' ? 'Use a session token' : 'Use email and password'}
          </Anchor>
        </Stack>
      </Paper>
    </Center>
  )
}
