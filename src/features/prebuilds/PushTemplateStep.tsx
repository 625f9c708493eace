import { Button, Chip, Code, CopyButton, Group, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { pushCommand, type TemplateShare } from './floodRunbook'
import { RecoveryStep } from './RecoveryStep'

export interface PushTemplateStepProps {
  organization: string
  templates: TemplateShare[]
  pendingCount: number
}

/** Step 3: the console cannot upload template code, so it hands over the exact CLI line. */
export function PushTemplateStep({ organization, templates, pendingCount }: PushTemplateStepProps) {
  const [picked, setPicked] = useState<string>()
  const template = picked ?? templates[0]?.name ?? '<template>'
  const command = pushCommand(template, organization)
  const state =
    templates.length === 0
      ? 'No pending prebuild jobs point at a template right now.'
      : `Most pending prebuild jobs come from ${templates
          .map((t) => `${t.displayName} (${t.count} of ${pendingCount})`)
          .join(', ')}.`

  return (
    <RecoveryStep number={3} title="Push a fixed template version" state={state}>
      <Stack gap={6}>
        {templates.length > 1 && (
          <Chip.Group value={template} onChange={(v) => setPicked(String(v))}>
            <Group gap={6}>
              {templates.map((t) => (
                <Chip key={t.name} value={t.name} size="xs">
                  {t.displayName}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        )}
        <Group gap="xs" wrap="nowrap">
          <Code
            style={{ flex: 1, overflowX: 'auto', whiteSpace: 'nowrap' }}
            aria-label="Push command"
          >
            {command}
          </Code>
          <CopyButton value={command} timeout={2000}>
            {({ copied, copy }) => (
              <Button
                size="compact-xs"
                variant="light"
                color={copied ? 'teal' : undefined}
                onClick={copy}
              >
                {copied ? 'Copied' : 'Copy command'}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="xs" c="dimmed">
          Run it from a checkout of the template, with the fix. Reconciliation builds prebuilds from
          the new active version once resumed.
        </Text>
      </Stack>
    </RecoveryStep>
  )
}
