// The demo workload: three organizations, templates, presets, people, daemons (one offline),
// human jobs in every state and type, jobs no daemon can take, and a prebuild flood.
import { PrebuildsSystemUserID, type ProvisionerJobType } from '../../src/api/types.ts'
import type { Emulator } from '../context.ts'
import { CREATABLE_STATUSES, insertJobBatch } from '../jobs/create.ts'
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
const TYPES: ProvisionerJobType[] = [
  'workspace_build',
  'template_version_import',
  'template_version_dry_run',
]
const GPU_TAGS: Tags = { scope: 'organization', owner: '', gpu: 'a100' }
const DOCKER = { name: 'docker', displayName: 'Docker', icon: '/icon/docker.svg' }
const KUBERNETES = {
  name: 'kubernetes',
  displayName: 'Kubernetes',
  icon: '/icon/k8s.svg',
  allowUserCancel: false,
}
const JUPYTER = { name: 'jupyter', displayName: 'Jupyter Notebook', icon: '/icon/jupyter.svg' }
const GPU_NOTEBOOK = {
  name: 'gpu-notebook',
  displayName: 'GPU Notebook',
  icon: '/icon/nvidia.svg',
  tags: GPU_TAGS,
}
const AWS_LINUX = { name: 'aws-linux', displayName: 'AWS Linux', icon: '/icon/aws.svg' }

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
    for (const status of CREATABLE_STATUSES) {
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

interface DemoPeople {
  orgs: { coder: string; dataScience: string; platform: string }
  admin: string
  member: string
  alice: string
  bob: string
}

// Two more organizations, alice (data-science admin) and bob (platform template admin).
async function seedPeople(emu: Emulator): Promise<DemoPeople> {
  const admin = await userId(emu, 'admin')
  const member = await userId(emu, 'member')
  const { rows } = await emu.db.query<{ id: string }>(
    'SELECT id FROM organizations WHERE is_default',
  )
  const coder = rows[0]!.id
  const dataScience = await addOrganization(
    emu,
    'data-science',
    'Data Science',
    '/icon/jupyter.svg',
  )
  const platform = await addOrganization(emu, 'platform', 'Platform Engineering', '/icon/aws.svg')
  const alice = await addUser(emu, 'alice', 'Alice Liddell', [
    [coder, []],
    [dataScience, ['organization-admin']],
  ])
  const bob = await addUser(emu, 'bob', 'Bob Builder', [
    [coder, []],
    [platform, ['organization-template-admin']],
  ])
  // The prebuilds user belongs to every organization it builds in; admin joins data-science.
  await emu.db.query(
    `INSERT INTO organization_members (user_id, organization_id, created_at, updated_at)
     SELECT $1::uuid, id, $2::timestamptz, $2::timestamptz FROM organizations WHERE NOT is_default
     UNION ALL SELECT $3::uuid, $4::uuid, $2::timestamptz, $2::timestamptz`,
    [PrebuildsSystemUserID, emu.now(), admin, dataScience],
  )
  return { orgs: { coder, dataScience, platform }, admin, member, alice, bob }
}

async function seedOrgs(emu: Emulator, p: DemoPeople): Promise<DemoOrg[]> {
  const { coder, dataScience, platform } = p.orgs
  const docker = await template(emu, coder, p.admin, DOCKER)
  const k8s = await template(emu, coder, p.admin, KUBERNETES)
  const jupyter = await template(emu, dataScience, p.alice, JUPYTER)
  const gpu = await template(emu, dataScience, p.alice, GPU_NOTEBOOK)
  const infra = await template(emu, platform, p.bob, AWS_LINUX)
  await addPreset(emu, k8s.activeVersionId, 'small', 5)
  await addPreset(emu, jupyter.activeVersionId, 'notebook', 3)
  const daemon = (org: string, name: string, order: number) =>
    addDaemon(emu, org, name, DEFAULT_TAGS, order)
  return [
    {
      id: coder,
      people: [p.admin, p.member, p.alice, p.bob],
      templates: [docker, k8s],
      daemons: [
        await daemon(coder, 'provisioner-coder-1', 1),
        await daemon(coder, 'provisioner-coder-2', 2),
      ],
    },
    {
      id: dataScience,
      people: [p.alice, p.admin],
      templates: [jupyter, gpu],
      daemons: [await daemon(dataScience, 'provisioner-ds-1', 3)],
    },
    {
      id: platform,
      people: [p.bob],
      templates: [infra],
      daemons: [await daemon(platform, 'provisioner-platform-1', 4)],
    },
  ]
}

export async function seedDemoWorkload(emu: Emulator): Promise<void> {
  const people = await seedPeople(emu)
  const orgs = await seedOrgs(emu, people)
  await addDaemon(emu, people.orgs.coder, 'provisioner-legacy', DEFAULT_TAGS, 5, {
    offlineHours: 3,
  })
  for (const org of orgs) await humanJobs(emu, org)
  // The docker preset wants far more prebuilds than two daemons can build: the flood.
  const docker = orgs[0]!.templates[0]!
  const dockerPreset = await addPreset(emu, docker.activeVersionId, 'default', 1_000)
  await prebuildFlood(emu, people.orgs.coder, docker, dockerPreset)
}
