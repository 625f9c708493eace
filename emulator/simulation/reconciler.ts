import { PrebuildsSystemUserID } from '../../src/api/types.ts'
import type { Emulator } from '../context.ts'
import { hasFeature } from '../entitlements.ts'
import { insertJobBatch } from '../jobs/create.ts'
import { readPrebuildsSettings } from '../jobs/prebuildSettings.ts'
import type { Tags } from '../jobs/tags.ts'

export interface ReconcileOptions {
  /** New prebuilds per preset per step. */
  perPresetPerStep: number
  /** Stop creating while the deployment has this many pending jobs (keeps the DB small). */
  pendingCap: number
}

interface PresetNeed {
  preset_id: string
  template_id: string
  template_version_id: string
  organization_id: string
  tags: Tags
  missing: number
}

// Live prebuilds are those whose latest build has not failed or been canceled; failed ones
// are replaced, which is how a broken template floods the queue.
const PRESET_NEEDS = `
SELECT p.id AS preset_id, tv.template_id, tv.id AS template_version_id, tv.organization_id,
  coalesce(ij.tags, '{"scope": "organization", "owner": ""}'::jsonb) AS tags,
  p.desired_instances - (
    SELECT count(*) FROM workspaces w
    JOIN LATERAL (SELECT job_id FROM workspace_builds WHERE workspace_id = w.id
                  ORDER BY build_number DESC LIMIT 1) lb ON true
    JOIN provisioner_jobs j ON j.id = lb.job_id
    WHERE w.preset_id = p.id AND w.owner_id = $1 AND NOT w.deleted
      AND j.job_status IN ('pending', 'running', 'succeeded'))::int AS missing
FROM template_version_presets p
JOIN template_versions tv ON tv.id = p.template_version_id
JOIN templates t ON t.id = tv.template_id AND NOT t.deleted AND t.active_version_id = tv.id
LEFT JOIN provisioner_jobs ij ON ij.id = tv.job_id
WHERE p.desired_instances > 0
ORDER BY p.created_at, p.id`

/** One reconciliation pass: creates prebuild workspaces, builds and jobs for missing ones. */
export async function reconcilePrebuilds(
  emu: Emulator,
  options: ReconcileOptions,
): Promise<number> {
  if ((await readPrebuildsSettings(emu)).reconciliation_paused) return 0
  if (!(await hasFeature(emu, 'workspace_prebuilds'))) return 0
  const { rows: pendingRows } = await emu.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM provisioner_jobs
     WHERE started_at IS NULL AND canceled_at IS NULL AND completed_at IS NULL AND error IS NULL`,
  )
  let room = options.pendingCap - (pendingRows[0]?.n ?? 0)
  const { rows: needs } = await emu.db.query<PresetNeed>(PRESET_NEEDS, [PrebuildsSystemUserID])
  let created = 0
  for (const need of needs) {
    const count = Math.min(need.missing, options.perPresetPerStep, room)
    if (count <= 0) continue
    const base = emu.now().getTime()
    await insertJobBatch(emu, {
      organizationId: need.organization_id,
      initiatorId: PrebuildsSystemUserID,
      type: 'workspace_build',
      status: 'pending',
      tags: need.tags,
      count,
      templateId: need.template_id,
      templateVersionId: need.template_version_id,
      presetId: need.preset_id,
      createdAt: (i) => new Date(base + i),
      workspacePrefix: 'prebuild',
    })
    room -= count
    created += count
  }
  return created
}
