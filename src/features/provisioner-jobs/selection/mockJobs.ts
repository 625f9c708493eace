import type { ProvisionerJob } from '../../../api/types'

export const PREBUILDS_USER_ID = 'c42fdf75-3097-471c-8c33-fb52454d81c0'

// Test fixtures in Coder's wire shape; variants are spreads of the base (Coder FE9).
export const MockProvisionerJob: ProvisionerJob = {
  id: '00000000-0000-4000-8000-000000000001',
  created_at: '2026-01-01T10:00:00.000000Z',
  status: 'pending',
  file_id: '00000000-0000-4000-8000-0000000000f1',
  tags: { scope: 'organization', owner: '' },
  queue_position: 1,
  queue_size: 1,
  organization_id: '00000000-0000-4000-8000-0000000000a1',
  initiator_id: PREBUILDS_USER_ID,
  input: { workspace_build_id: '00000000-0000-4000-8000-0000000000b1' },
  type: 'workspace_build',
  metadata: {
    template_version_name: 'v1',
    template_id: '00000000-0000-4000-8000-0000000000c1',
    template_name: 'docker',
    template_display_name: 'Docker',
    template_icon: '',
    workspace_id: '00000000-0000-4000-8000-0000000000d1',
    workspace_name: 'prebuild-1',
  },
  logs_overflowed: false,
}

export function mockJobs(n: number, overrides: Partial<ProvisionerJob> = {}): ProvisionerJob[] {
  return Array.from({ length: n }, (_, i) => ({
    ...MockProvisionerJob,
    id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
    ...overrides,
  }))
}
