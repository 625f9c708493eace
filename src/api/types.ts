// Wire types for the subset of Coder's /api/v2 this console speaks.
// Names and snake_case fields follow Coder's codersdk JSON exactly; fields that Coder
// marks omitempty are optional here. Facts: ../shared/coder-api.md.

export interface Response {
  message: string
  detail?: string
  validations?: ValidationError[]
}

export interface ValidationError {
  field: string
  detail: string
}

export const PrebuildsSystemUserID = 'c42fdf75-3097-471c-8c33-fb52454d81c0'

export const ProvisionerJobStatuses = [
  'pending',
  'running',
  'succeeded',
  'canceling',
  'canceled',
  'failed',
  'unknown',
] as const
export type ProvisionerJobStatus = (typeof ProvisionerJobStatuses)[number]

export const ProvisionerJobTypes = [
  'template_version_import',
  'workspace_build',
  'template_version_dry_run',
] as const
export type ProvisionerJobType = (typeof ProvisionerJobTypes)[number]

// Boolean feature names in Coder's entitlements (coder-api.md §4.6), shared by the emulator and
// the dashboard; `user_limit` is the one limit feature.
export const BooleanFeatureNames = [
  'audit_log',
  'connection_log',
  'browser_only',
  'scim',
  'template_rbac',
  'user_role_management',
  'high_availability',
  'multiple_external_auth',
  'external_provisioner_daemons',
  'appearance',
  'advanced_template_scheduling',
  'workspace_proxy',
  'external_token_encryption',
  'workspace_batch_actions',
  'access_control',
  'control_shared_ports',
  'custom_roles',
  'multiple_organizations',
  'workspace_prebuilds',
] as const
export const FeatureNames = ['user_limit', ...BooleanFeatureNames] as const
/** Features only the premium feature set grants (enterprise and legacy all_features lack them). */
export const PremiumOnlyFeatures: ReadonlySet<string> = new Set([
  'multiple_organizations',
  'custom_roles',
])

export type WorkspaceTransition = 'start' | 'stop' | 'delete'

export interface ProvisionerJobInput {
  template_version_id?: string
  workspace_build_id?: string
  error?: string
}

export interface ProvisionerJobMetadata {
  template_version_name: string
  template_id: string
  template_name: string
  template_display_name: string
  template_icon: string
  workspace_id?: string
  workspace_name?: string
  workspace_build_transition?: WorkspaceTransition
}

export interface ProvisionerJob {
  id: string
  created_at: string
  started_at?: string
  completed_at?: string
  canceled_at?: string
  error?: string
  error_code?: string
  status: ProvisionerJobStatus
  worker_id?: string
  worker_name?: string
  file_id: string
  tags: Record<string, string>
  queue_position: number
  queue_size: number
  organization_id: string
  initiator_id: string
  input: ProvisionerJobInput
  type: ProvisionerJobType
  available_workers?: string[]
  metadata: ProvisionerJobMetadata
  logs_overflowed: boolean
}

export interface OrganizationProvisionerJobsParams {
  limit?: number
  ids?: string[]
  status?: ProvisionerJobStatus[]
  tags?: Record<string, string>
  initiator?: string
}

export type CancelWorkspaceBuildStatus = 'running' | 'pending'

export type ProvisionerDaemonStatus = 'offline' | 'idle' | 'busy'

export interface ProvisionerDaemonJob {
  id: string
  status: ProvisionerJobStatus
  template_name: string
  template_icon: string
  template_display_name: string
}

export interface ProvisionerDaemon {
  id: string
  organization_id: string
  key_id: string
  key_name: string
  created_at: string
  last_seen_at?: string
  name: string
  version: string
  api_version: string
  provisioners: string[]
  tags: Record<string, string>
  status: ProvisionerDaemonStatus
  current_job?: ProvisionerDaemonJob
  previous_job?: ProvisionerDaemonJob
}

export interface PrebuildsSettings {
  reconciliation_paused: boolean
}

export interface Organization {
  id: string
  name: string
  display_name: string
  description: string
  icon: string
  created_at: string
  updated_at: string
  is_default: boolean
}

export interface CreateOrganizationRequest {
  name: string
  display_name?: string
  description?: string
  icon?: string
}

export interface UpdateOrganizationRequest {
  name?: string
  display_name?: string
  description?: string
  icon?: string
}

export interface SlimRole {
  name: string
  display_name: string
  organization_id?: string
}

export type UserStatus = 'active' | 'suspended' | 'dormant'
export type LoginType = '' | 'password' | 'github' | 'oidc' | 'token' | 'none'

export interface User {
  id: string
  username: string
  name: string
  email: string
  avatar_url: string
  created_at: string
  updated_at: string
  last_seen_at: string
  status: UserStatus
  login_type: LoginType
  organization_ids: string[]
  roles: SlimRole[]
  theme_preference: string
}

export interface GetUsersResponse {
  users: User[]
  count: number
}

export interface LoginWithPasswordRequest {
  email: string
  password: string
}

export interface LoginWithPasswordResponse {
  session_token: string
}

export interface BuildInfoResponse {
  external_url: string
  version: string
  dashboard_url: string
  workspace_proxy: boolean
  agent_api_version: string
  provisioner_api_version: string
  upgrade_message: string
  deployment_id: string
  webpush_public_key?: string
  telemetry: boolean
}

export type RBACAction = 'create' | 'read' | 'update' | 'delete'

export interface AuthorizationObject {
  resource_type: string
  organization_id?: string
  owner_id?: string
  resource_id?: string
  any_org?: boolean
}

export interface AuthorizationCheck {
  object: AuthorizationObject
  action: RBACAction
}

export interface AuthorizationRequest {
  checks: Record<string, AuthorizationCheck>
}

export type AuthorizationResponse = Record<string, boolean>

// License claims are the raw JWT payload; times are Unix seconds.
export interface LicenseClaims {
  iss?: string
  sub?: string
  aud?: string | string[]
  jti?: string
  iat: number
  nbf: number
  exp: number
  license_expires: number
  version: number
  account_type: string
  account_id: string
  deployment_ids?: string[]
  trial?: boolean
  feature_set?: string
  all_features?: boolean
  features?: Record<string, number>
  addons?: string[]
  require_telemetry?: boolean
  publish_usage_data?: boolean
  [claim: string]: unknown
}

export interface License {
  id: number
  uuid: string
  uploaded_at: string
  claims: LicenseClaims
}

export interface AddLicenseRequest {
  license: string
}

export type Entitlement = 'entitled' | 'grace_period' | 'not_entitled'

export interface Feature {
  entitlement: Entitlement
  enabled: boolean
  limit?: number
  actual?: number
}

export interface Entitlements {
  features: Record<string, Feature>
  warnings: string[]
  errors: string[]
  has_license: boolean
  trial: boolean
  require_telemetry: boolean
  refreshed_at: string
}
