import { randomUUID } from 'node:crypto'
import type { Emulator } from '../context.ts'
import { insertJobBatch } from './create.ts'
import { DEFAULT_TAGS } from './tags.ts'

export interface TemplateRef {
  id: string
  activeVersionId: string
}

export interface TemplateSpec {
  name: string
  displayName?: string
  icon?: string
  allowUserCancel?: boolean
  createdAt?: Date
}

/** Creates a template whose active version came from a succeeded import job. */
export async function createTemplate(
  emu: Emulator,
  organizationId: string,
  createdBy: string,
  spec: TemplateSpec,
): Promise<TemplateRef> {
  const id = randomUUID()
  const created = spec.createdAt ?? emu.now()
  await emu.db.query(
    `INSERT INTO templates (id, organization_id, name, display_name, icon, created_by, created_at,
       updated_at, allow_user_cancel_workspace_jobs)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8)`,
    [
      id,
      organizationId,
      spec.name,
      spec.displayName ?? '',
      spec.icon ?? '',
      createdBy,
      created,
      spec.allowUserCancel ?? true,
    ],
  )
  const [jobId] = await insertJobBatch(emu, {
    organizationId,
    initiatorId: createdBy,
    type: 'template_version_import',
    status: 'succeeded',
    tags: DEFAULT_TAGS,
    count: 1,
    templateId: id,
    templateVersionId: '',
    createdAt: () => created,
  })
  const { rows } = await emu.db.query<{ id: string }>(
    `UPDATE templates SET active_version_id = v.id FROM template_versions v
     WHERE templates.id = $1 AND v.job_id = $2 RETURNING v.id`,
    [id, jobId],
  )
  return { id, activeVersionId: rows[0]!.id }
}

/** The organization's oldest template, or a new `emulator` template if it has none. */
export async function backingTemplate(
  emu: Emulator,
  organizationId: string,
  createdBy: string,
): Promise<TemplateRef> {
  const { rows } = await emu.db.query<{ id: string; active_version_id: string }>(
    `SELECT id, active_version_id FROM templates
     WHERE organization_id = $1 AND NOT deleted AND active_version_id IS NOT NULL
     ORDER BY created_at, id LIMIT 1`,
    [organizationId],
  )
  const found = rows[0]
  if (found) return { id: found.id, activeVersionId: found.active_version_id }
  return createTemplate(emu, organizationId, createdBy, {
    name: 'emulator',
    displayName: 'Emulator',
    icon: '/icon/terraform.svg',
  })
}
