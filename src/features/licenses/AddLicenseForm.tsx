import { Alert, Button, Divider, Group, Stack, Text, Textarea } from '@mantine/core'
import { Dropzone } from '@mantine/dropzone'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { licenseQueries, uploadLicenseMutation } from '../../api/licenses'
import type { License } from '../../api/types'
import { buildInfoQuery } from '../../api/users'
import { ErrorState } from '../../components/ErrorState'
import { decodeLicense, readLicenseFile } from './decodeLicense'
import { LicensePreview } from './LicensePreview'
import { useNow } from './useNow'

interface AddLicenseFormProps {
  onUploaded: (license: License) => void
  onCancel?: () => void
}

export function AddLicenseForm({ onUploaded, onCancel }: AddLicenseFormProps) {
  const [text, setText] = useState('')
  const [fileError, setFileError] = useState<string>()
  const [fileName, setFileName] = useState<string>()
  const now = useNow()
  const queryClient = useQueryClient()
  const buildInfo = useQuery(buildInfoQuery())
  const entitlements = useQuery(licenseQueries.entitlements())
  const upload = useMutation(uploadLicenseMutation(queryClient))
  const decoded = text.trim() === '' ? undefined : decodeLicense(text)

  const takeFile = async (file: File | undefined) => {
    if (!file) return
    upload.reset()
    const result = await readLicenseFile(file)
    if (!result.ok) {
      setFileError(result.error)
      return
    }
    setFileError(undefined)
    setFileName(file.name)
    setText(result.jwt)
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        if (decoded?.ok) upload.mutate({ license: decoded.jwt }, { onSuccess: onUploaded })
      }}
    >
      <Stack gap="md">
        <Dropzone
          onDrop={(files) => void takeFile(files[0])}
          multiple={false}
          loading={upload.isPending}
          aria-label="License file"
        >
          <Stack gap={4} align="center" py="md" style={{ pointerEvents: 'none' }}>
            <Text fw={500}>Drop a license file here, or click to pick one</Text>
            <Text size="sm" c="dimmed">
              The text file Coder sales sent you (usually .jwt or .txt), up to 1 MiB.
            </Text>
          </Stack>
        </Dropzone>
        {fileError && (
          <Alert color="red" variant="light" role="alert" title="This file cannot be used">
            {fileError}
          </Alert>
        )}
        <Divider label="or paste the license text" labelPosition="center" />
        <Textarea
          label="License text"
          description={fileName ? `Loaded from ${fileName}` : undefined}
          placeholder="eyJhbGciOiJFZERTQSIs…"
          autosize
          minRows={3}
          maxRows={8}
          value={text}
          onChange={(event) => {
            upload.reset()
            setFileError(undefined)
            setFileName(undefined)
            setText(event.currentTarget.value)
          }}
          error={decoded && !decoded.ok ? decoded.error : undefined}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
          spellCheck={false}
        />
        {decoded?.ok && (
          <LicensePreview
            header={decoded.header}
            claims={decoded.claims}
            now={now}
            deploymentId={buildInfo.data?.deployment_id}
            current={entitlements.data}
          />
        )}
        {upload.error && (
          <ErrorState error={upload.error} title="Coder did not accept this license" />
        )}
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={upload.isPending}>
              Cancel
            </Button>
          )}
          <Button type="submit" disabled={!decoded?.ok} loading={upload.isPending}>
            Upload license
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
