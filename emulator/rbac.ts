// A small slice of Coder's RBAC (coderd/rbac/roles.go) for the resources emulated here.
export type Action = 'create' | 'read' | 'update' | 'delete'

export interface Subject {
  id: string
  siteRoles: string[]
  /** organization id → organization roles (membership alone grants organization-member). */
  orgRoles: Map<string, string[]>
}

export interface RbacObject {
  type: string
  organizationId?: string
  ownerId?: string
  anyOrg?: boolean
}

const ORG_ADMIN_TYPES = new Set([
  'organization',
  'organization_member',
  'provisioner_jobs',
  'provisioner_daemon',
  'template',
  'workspace',
  'group',
  'assign_org_role',
  'idpsync_settings',
])

const TEMPLATE_ADMIN: Record<string, Action[]> = {
  provisioner_jobs: ['read', 'create', 'update'],
  provisioner_daemon: ['read'],
  template: ['create', 'read', 'update', 'delete'],
  file: ['create', 'read'],
  workspace: ['read'],
  organization: ['read'],
}

function orgAllows(
  roles: string[],
  isMember: boolean,
  action: Action,
  obj: RbacObject,
  subjectId: string,
) {
  if (roles.includes('organization-admin') && ORG_ADMIN_TYPES.has(obj.type)) {
    // Deleting the organization itself stays with site owners.
    return !(obj.type === 'organization' && action === 'delete')
  }
  if (roles.includes('organization-template-admin') && TEMPLATE_ADMIN[obj.type]?.includes(action)) {
    return true
  }
  if (!isMember) return false
  if (obj.type === 'organization' && action === 'read') return true
  if (obj.type === 'template' && action === 'read') return true
  if (obj.type === 'workspace' && obj.ownerId === subjectId) return true
  return false
}

const ALL: Action[] = ['create', 'read', 'update', 'delete']

// Site-wide grants of the non-owner site roles (a subset of roles.go), valid in every org.
const SITE_ROLE_PERMISSIONS: Record<string, Record<string, Action[]>> = {
  'user-admin': {
    user: ALL,
    organization_member: ALL,
    group: ALL,
    assign_role: ['read'],
    assign_org_role: ALL,
  },
  'template-admin': {
    template: ALL,
    file: ['create', 'read'],
    user: ['read'],
    group: ['read'],
    workspace: ['read'],
    provisioner_daemon: ['read'],
  },
  auditor: { audit_log: ['read'], user: ['read'], group: ['read'], template: ['read'] },
}

const siteRoleAllows = (subject: Subject, action: Action, type: string) =>
  subject.siteRoles.some((role) => SITE_ROLE_PERMISSIONS[role]?.[type]?.includes(action))

export function can(subject: Subject, action: Action, obj: RbacObject): boolean {
  if (subject.siteRoles.includes('owner')) return true
  if (siteRoleAllows(subject, action, obj.type)) return true
  if (obj.type === 'user' && obj.ownerId === subject.id && action === 'read') return true
  if (obj.anyOrg) {
    for (const [orgId, roles] of subject.orgRoles) {
      if (orgAllows(roles, true, action, { ...obj, organizationId: orgId }, subject.id)) return true
    }
    return false
  }
  if (!obj.organizationId) return false
  const roles = subject.orgRoles.get(obj.organizationId)
  return orgAllows(roles ?? [], roles !== undefined, action, obj, subject.id)
}
