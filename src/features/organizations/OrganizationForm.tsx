import { Alert, Button, Group, Stack, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { ErrorState } from '../../components/ErrorState'
import { WithReason } from '../../components/WithReason'
import { OrganizationIcon } from './OrganizationIcon'
import { splitServerError } from './serverErrors'
import { validateDisplayName, validateOrganizationName } from './validation'

export interface OrganizationFormValues {
  name: string
  display_name: string
  description: string
  icon: string
}

interface OrganizationFormProps {
  initialValues?: OrganizationFormValues
  submitLabel: string
  onSubmit: (values: OrganizationFormValues) => Promise<unknown>
  onCancel?: () => void
  /** When set, the form is read-only and the submit button explains why. */
  disabledReason?: string
}

const EMPTY: OrganizationFormValues = { name: '', display_name: '', description: '', icon: '' }

export function OrganizationForm(props: OrganizationFormProps) {
  const { initialValues = EMPTY, submitLabel, onSubmit, onCancel, disabledReason } = props
  const [formError, setFormError] = useState<unknown>()
  const form = useForm<OrganizationFormValues>({
    mode: 'controlled',
    initialValues,
    validateInputOnChange: true,
    validate: {
      name: validateOrganizationName,
      display_name: validateDisplayName,
    },
  })
  const isEdit = props.initialValues !== undefined
  const isReadOnly = disabledReason !== undefined
  const [isSubmitting, setSubmitting] = useState(false)

  const handleSubmit = async (values: OrganizationFormValues) => {
    setFormError(undefined)
    setSubmitting(true)
    try {
      await onSubmit(values)
      form.resetDirty(values)
    } catch (error) {
      const { fields, rest } = splitServerError(error)
      form.setErrors(fields)
      setFormError(rest)
    } finally {
      setSubmitting(false)
    }
  }

  const { icon, name, display_name } = form.values
  return (
    <form onSubmit={form.onSubmit(handleSubmit)} noValidate>
      <Stack gap="md">
        {disabledReason && (
          <Alert variant="light" color="gray" title="Read only">
            {disabledReason}
          </Alert>
        )}
        <TextInput
          label="Name"
          description="Used in URLs and the CLI: letters, digits and single hyphens, 1–32 characters."
          required
          autoComplete="off"
          spellCheck={false}
          readOnly={isReadOnly}
          {...form.getInputProps('name')}
        />
        <TextInput
          label="Display name"
          description={isEdit ? 'Leave empty to use the name.' : 'Optional; defaults to the name.'}
          readOnly={isReadOnly}
          {...form.getInputProps('display_name')}
        />
        <Textarea
          label="Description"
          autosize
          minRows={2}
          maxRows={6}
          readOnly={isReadOnly}
          {...form.getInputProps('description')}
        />
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <TextInput
            label="Icon URL"
            description="An https:// URL or a path on this deployment, e.g. /emojis/1f3e2.png."
            style={{ flex: 1 }}
            readOnly={isReadOnly}
            {...form.getInputProps('icon')}
          />
          {(name || icon) && (
            <OrganizationIcon name={name} displayName={display_name} icon={icon} size="lg" />
          )}
        </Group>
        {formError !== undefined && <ErrorState error={formError} />}
        <Group justify="flex-end" gap="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={isSubmitting}>
              Cancel
            </Button>
          )}
          <WithReason reason={disabledReason}>
            <Button
              type="submit"
              loading={isSubmitting}
              disabled={isReadOnly || (isEdit && !form.isDirty())}
            >
              {submitLabel}
            </Button>
          </WithReason>
        </Group>
      </Stack>
    </form>
  )
}
