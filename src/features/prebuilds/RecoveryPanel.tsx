import {
  Badge,
  Button,
  Collapse,
  Group,
  Paper,
  Stack,
  Text,
  Tooltip,
  UnstyledButton,
} from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { useQuery } from '@tanstack/react-query'
import { permissionQueries } from '../../api/authcheck'
import { organizationQueries } from '../../api/organizations'
import { provisionerJobQueries } from '../../api/provisionerJobs'
import { formatNumber } from '../../lib/format'
import type { BulkCancelController } from '../provisioner-jobs/bulk-ui/types'
import { DrainPrebuildsStep } from './DrainPrebuildsStep'
import { dominantTemplates, pendingPrebuildsFilter } from './floodRunbook'
import { PushTemplateStep } from './PushTemplateStep'
import { RecoveryStep } from './RecoveryStep'
import {
  noPermissionReason,
  useReconciliation,
  type ReconciliationStatus,
} from './useReconciliation'

export interface RecoveryPanelProps {
  organization: string
  bulk: BulkCancelController
}

const statusText: Record<ReconciliationStatus, string> = {
  loading: 'Checking…',
  unavailable: 'Prebuilds are not available on this deployment.',
  error: 'Could not read the reconciliation status.',
  paused: 'Paused: no new prebuild jobs are created.',
  running: 'Running: new prebuild jobs keep being created.',
}

const resumeText: Record<ReconciliationStatus, string> = {
  ...statusText,
  paused: 'Resume once the fixed version is active.',
  running: 'Reconciliation is running.',
}

function useMayCancel(organization: string) {
  const org = useQuery(organizationQueries.detail(organization))
  const permissions = useQuery({
    ...permissionQueries.organization(org.data?.id ?? ''),
    enabled: Boolean(org.data?.id),
  })
  return permissions.data?.updateProvisionerJobs
}

/** The flood runbook (pause → cancel pending prebuilds → push a fix → resume), step by step. */
export function RecoveryPanel({ organization, bulk }: RecoveryPanelProps) {
  const [opened, { toggle }] = useDisclosure(false)
  const reconciliation = useReconciliation()
  // Like the page, hold polling while a bulk run works the queue; it refreshes when the run ends.
  const isLive = opened && bulk.state.phase !== 'running'
  const pending = useQuery(
    provisionerJobQueries.list(organization, pendingPrebuildsFilter, { live: isLive }),
  )
  const mayCancel = useMayCancel(organization)
  const jobs = pending.data?.jobs
  const { status, canChange, isUpdating, confirmSetPaused } = reconciliation
  const changeBlocked = canChange === false ? noPermissionReason : undefined

  const reconcileButton = (pause: boolean) => (
    <Tooltip label={changeBlocked} disabled={!changeBlocked} multiline w={260}>
      <Button
        size="xs"
        variant="light"
        color={pause ? 'orange' : 'blue'}
        loading={isUpdating}
        disabled={canChange !== true || status === (pause ? 'paused' : 'running')}
        onClick={() => confirmSetPaused(pause)}
      >
        {pause ? 'Pause reconciliation' : 'Resume reconciliation'}
      </Button>
    </Tooltip>
  )
  const hasPrebuilds = status === 'paused' || status === 'running'

  return (
    <Paper withBorder radius="md" component="section" aria-label="Recover from a prebuild flood">
      <UnstyledButton onClick={toggle} w="100%" p="sm" aria-expanded={opened}>
        <Group justify="space-between">
          <Text fw={600} size="sm">
            {opened ? '▾' : '▸'} Recover from a prebuild flood
          </Text>
          <Group gap="xs">
            {jobs !== undefined && (
              <Badge variant="light" color={jobs.length > 0 ? 'yellow' : 'gray'} tt="none">
                {formatNumber(jobs.length)} pending prebuild jobs
              </Badge>
            )}
            {status === 'paused' && (
              <Badge variant="light" color="orange" tt="none">
                Reconciliation paused
              </Badge>
            )}
          </Group>
        </Group>
      </UnstyledButton>
      <Collapse in={opened}>
        <Stack gap="md" px="sm" pb="sm">
          <Text size="xs" c="dimmed">
            When a broken template makes prebuilds fail and retry, their jobs crowd out everyone
            else’s. Each step can be done on its own.
          </Text>
          <RecoveryStep
            number={1}
            title="Pause prebuild reconciliation"
            state={status === 'unavailable' ? reconciliation.unavailableReason : statusText[status]}
            isDone={status === 'paused'}
            action={hasPrebuilds && reconcileButton(true)}
          />
          <DrainPrebuildsStep
            bulk={bulk}
            pendingCount={jobs?.length}
            isReconciling={status === 'running'}
            blockedReason={
              mayCancel === false ? 'You may not cancel jobs in this organization.' : undefined
            }
          />
          <PushTemplateStep
            organization={organization}
            templates={dominantTemplates(jobs ?? [])}
            pendingCount={jobs?.length ?? 0}
          />
          <RecoveryStep
            number={4}
            title="Resume prebuild reconciliation"
            state={resumeText[status]}
            action={hasPrebuilds && reconcileButton(false)}
          />
        </Stack>
      </Collapse>
    </Paper>
  )
}
