import { Alert, Button, CopyButton, Group, Modal, Stack } from '@mantine/core'
import { outcomesToCsv, outcomesToJson } from '../bulk/report'
import { modalStyles } from './modalStyles'
import { ReportTable } from './ReportTable'
import { retryLabel } from './runSummary'
import { ReportTotals } from './ReportTotals'
import type { BulkCancelState } from './types'

export interface BulkReportModalProps {
  opened: boolean
  onClose: () => void
  state: BulkCancelState
  onRetryFailed: () => void
}

function CopyAs({ label, text }: { label: string; text: () => string }) {
  return (
    <CopyButton value={text()} timeout={2000}>
      {({ copied, copy }) => (
        <Button variant="default" size="xs" onClick={copy} color={copied ? 'teal' : undefined}>
          {copied ? 'Copied' : label}
        </Button>
      )}
    </CopyButton>
  )
}

export function BulkReportModal({ opened, onClose, state, onRetryFailed }: BulkReportModalProps) {
  const retry = retryLabel(state)
  return (
    <Modal
      styles={modalStyles}
      opened={opened}
      onClose={onClose}
      title="Bulk cancel report"
      size="xl"
    >
      <Stack gap="md">
        <ReportTotals state={state} />
        {state.message && (
          <Alert color={state.phase === 'aborted' ? 'gray' : 'blue'} variant="light">
            {state.message}
          </Alert>
        )}
        {opened && <ReportTable outcomes={state.outcomes} />}
        <Group justify="space-between">
          <Group gap="xs">
            <CopyAs label="Copy as CSV" text={() => outcomesToCsv(state.outcomes)} />
            <CopyAs label="Copy as JSON" text={() => outcomesToJson(state.outcomes)} />
          </Group>
          <Group gap="xs">
            <Button
              size="xs"
              color="red"
              variant="light"
              disabled={retry.count === 0 || state.phase === 'running'}
              onClick={onRetryFailed}
            >
              {retry.label}
            </Button>
            <Button size="xs" variant="default" onClick={onClose}>
              Close
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  )
}
