import { emptyFilter, type JobFilter } from '../../api/provisionerJobFilter'
import type { ProvisionerJob } from '../../api/types'

/** Step 2 of the runbook: every pending job the prebuilds system user started. */
export const pendingPrebuildsFilter: JobFilter = {
  ...emptyFilter,
  status: ['pending'],
  initiator: 'prebuilds',
}

export interface TemplateShare {
  name: string
  displayName: string
  count: number
}

/** Templates by how many of `jobs` they account for, most first. */
export function dominantTemplates(jobs: ProvisionerJob[], top = 3): TemplateShare[] {
  const counts = new Map<string, TemplateShare>()
  for (const job of jobs) {
    const name = job.metadata.template_name
    if (!name) continue
    const entry = counts.get(name) ?? {
      name,
      displayName: job.metadata.template_display_name || name,
      count: 0,
    }
    entry.count++
    counts.set(name, entry)
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, top)
}

/** The CLI line that replaces a broken template version (coder templates push). */
export const pushCommand = (template: string, organization: string) =>
  `coder templates push ${template} -d ./${template} --org ${organization}`
