// The demo workload: three organizations, templates, presets, people, daemons (one offline),
// human jobs in every state and type, jobs no daemon can take, and a prebuild flood.
import { PrebuildsSystemUserID, type ProvisionerJobType } from '../../src/api/types.ts'
import type { Emulator } from '../context.ts'
import { insertJobBatch, type CreatableStatus } from '../jobs/create.ts'
import { DEFAULT_TAGS, type Tags } from '../jobs/tags.ts'
import { createTemplate, type TemplateRef } from '../jobs/templates.ts'
import {
  addPreset,
  addDaemon,
  addOrganization,
  addUser,
  userId,
  type DemoTemplate,
} from './demoRows.ts'

const HOUR = 3_600_000
const STATUSES: CreatableStatus[] = [
  'pending',
  'running',
  'succeeded',
  'canceling',
  'canceled',
  'failed',
]
const TYPES: ProvisionerJobType[] = [
  'workspace_build',
  'template_version_import',
  'template_version_dry_run',
]
const GPU_TAGS: Tags = { scope: 'organization', owner: '', gpu: 'a100' }

interface DemoOrg {
  id: string
  people: string[]
  templates: (TemplateRef & { tags: Tags })[]
  daemons: string[]
}

async function template(emu: Emulator, orgId: string, by: string, t: DemoTemplate) {
  const created = new Date(emu.now().getTime() - 8 * HOUR)
  const ref = await createTemplate(emu, orgId, by, { ...t, createdAt: created })
  // A template's tags are those of its import job; builds inherit them.
  if (t.tags) {
    await emu.db.query(
      `UPDATE provisioner_jobs SET tags = $2::jsonb
       WHERE id = (SELECT job_id FROM template_versions WHERE id = $1)`,
      [ref.activeVersionId, JSON.stringify(t.tags)],
    )
  }
  return { ...ref, tags: t.tags ?? DEFAULT_TAGS }
}

// A few human jobs per (type, status), spread over the last six hours.
async function humanJobs(emu: Emulator, org: DemoOrg) {
  const now = emu.now().getTime()
  let n = 0
  for (const type of TYPES) {
    for (const status of STATUSES) {
      const count = status === 'running' || status === 'canceling' ? 1 : 3
      for (let i = 0; i < count; i++) {
        const tpl = org.templates[n % org.templates.length]!
        await insertJobBatch(emu, {
          organizationId: org.id,
          initiatorId: org.people[n % org.people.length]!,
          type,
          status,
          tags: tpl.tags,
          count: 1,
          templateId: tpl.id,
          templateVersionId: tpl.activeVersionId,
          createdAt: () => new Date(now - Math.floor(emu.random() * 6 * HOUR) - 60_000),
          workerId: org.daemons[n % org.daemons.length],
        })
        n++
      }
    }
  }
}

async function prebuildFlood(emu: Emulator, orgId: string, tpl: TemplateRef, presetId: string) {
  const now = emu.now().getTime()
  const batch = {
    organizationId: orgId,
    initiatorId: PrebuildsSystemUserID,
    type: 'workspace_build' as const,
    tags: DEFAULT_TAGS,
    templateId: tpl.id,
    templateVersionId: tpl.activeVersionId,
    presetId,
    workspacePrefix: 'prebuild',
  }
  // The flood: 600 queued over the last two hours, behind 40 that already failed.
  await insertJobBatch(emu, {
    ...batch,
    status: 'failed',
    count: 40,
    createdAt: (i) => new Date(now - 3 * HOUR + i * 60_000),
  })
  await insertJobBatch(emu, {
    ...batch,
    status: 'pending',
    count: 600,
    createdAt: (i) => new Date(now - 2 * HOUR + i * 12_000),
  })
}

export async function seedDemoWorkload(emu: Emulator): Promise<void> {
  const admin = await userId(emu, 'admin')
  const member = await userId(emu, 'member')
  const coder = (
    await emu.db.query<{ id: string }>('SELECT id FROM organizations WHERE is_default')
  ).rows[0]!.id
  const dataScience = await addOrganization(
    emu,
    'data-science',
    'Data Science',
    '/icon/jupyter.svg',
  )
  const platform = await addOrganization(
    emu,
    'platform',
    'Platform Engineering',
    '/icon/terraform.svg',
  )
  const alice = await addUser(emu, 'alice', 'Alice Liddell', [
    [coder, []],
    [dataScience, ['organization-admin']],
  ])
  const bob = await addUser(emu, 'bob', 'Bob Builder', [
    [coder, []],
    [platform, ['organization-template-admin']],
  ])
  await emu.db.query(
    `INSERT INTO organization_members (user_id, organization_id, created_at, updated_at)
     SELECT $1::uuid, id, $2::timestamptz, $2::timestamptz FROM organizations WHERE NOT is_default
     UNION ALL SELECT $3::uuid, $4::uuid, $2::timestamptz, $2::timestamptz`,
    [PrebuildsSystemUserID, emu.now(), admin, dataScience],
  )

  const docker = await template(emu, coder, admin, {
    name: 'docker',
    displayName: 'Docker',
    icon: '/icon/docker.svg',
  })
  const k8s = await template(emu, coder, admin, {
    name: 'kubernetes',
    displayName: 'Kubernetes',
    icon: '/icon/k8s.svg',
    allowUserCancel: false,
  })
  const jupyter = await template(emu, dataScience, alice, {
    name: 'jupyter',
    displayName: 'Jupyter Notebook',
    icon: '/icon/jupyter.svg',
  })
  const gpu = await template(emu, dataScience, alice, {
    name: 'gpu-notebook',
    displayName: 'GPU Notebook',
    icon: '/icon/nvidia.svg',
    tags: GPU_TAGS,
  })
  const infra = await template(emu, platform, bob, {
    name: 'aws-linux',
    displayName: 'AWS Linux',
    icon: '/icon/aws.svg',
  })

  const dockerPreset = await addPreset(emu, docker.activeVersionId, 'default', 1_000)
  await addPreset(emu, k8s.activeVersionId, 'small', 5)
  await addPreset(emu, jupyter.activeVersionId, 'notebook', 3)

  const orgs: DemoOrg[] = [
    {
      id: coder,
      people: [admin, member, alice, bob],
      templates: [docker, k8s],
      daemons: [
        await addDaemon(emu, coder, 'provisioner-coder-1', DEFAULT_TAGS, 1),
        await addDaemon(emu, coder, 'provisioner-coder-2', DEFAULT_TAGS, 2),
      ],
    },
    {
      id: dataScience,
      people: [alice, admin],
      templates: [jupyter, gpu],
      daemons: [await addDaemon(emu, dataScience, 'provisioner-ds-1', DEFAULT_TAGS, 3)],
    },
    {
      id: platform,
      people: [bob],
      templates: [infra],
      daemons: [await addDaemon(emu, platform, 'provisioner-platform-1', DEFAULT_TAGS, 4)],
    },
  ]
  await addDaemon(emu, coder, 'provisioner-legacy', DEFAULT_TAGS, 5, { offlineHours: 3 })
  for (const org of orgs) await humanJobs(emu, org)
  await prebuildFlood(emu, coder, docker, dockerPreset)
}
