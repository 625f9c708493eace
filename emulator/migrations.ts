// Versioned schema. The tables mirror Coder's (coderd/database/dump.sql) for the
// resources the emulator serves; columns it never reads are left out. Append new
// migrations; never edit one that has shipped.
export interface Migration {
  version: number
  name: string
  sql: string
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
CREATE TYPE provisioner_job_status AS ENUM
  ('pending', 'running', 'succeeded', 'canceling', 'canceled', 'failed', 'unknown');
CREATE TYPE provisioner_job_type AS ENUM
  ('template_version_import', 'workspace_build', 'template_version_dry_run');
CREATE TYPE workspace_transition AS ENUM ('start', 'stop', 'delete');
CREATE TYPE user_status AS ENUM ('active', 'suspended', 'dormant');
CREATE TYPE login_type AS ENUM ('password', 'github', 'oidc', 'token', 'none');

CREATE TABLE site_configs (key text PRIMARY KEY, value text NOT NULL);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  email text NOT NULL,
  username text NOT NULL,
  name text NOT NULL DEFAULT '',
  hashed_password text NOT NULL DEFAULT '',
  avatar_url text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  status user_status NOT NULL DEFAULT 'active',
  login_type login_type NOT NULL DEFAULT 'password',
  rbac_roles text[] NOT NULL DEFAULT '{}',
  is_system boolean NOT NULL DEFAULT false,
  deleted boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX users_username_lower_idx ON users (lower(username)) WHERE deleted = false;
CREATE UNIQUE INDEX users_email_lower_idx ON users (lower(email)) WHERE deleted = false;

CREATE TABLE api_keys (
  id text PRIMARY KEY,
  hashed_secret text NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  login_type login_type NOT NULL
);

CREATE TABLE organizations (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  display_name text NOT NULL,
  description text NOT NULL DEFAULT '',
  icon text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  is_default boolean NOT NULL DEFAULT false,
  deleted boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX organizations_name_lower_idx ON organizations (lower(name)) WHERE deleted = false;

CREATE TABLE organization_members (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  roles text[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (organization_id, user_id)
);

CREATE TABLE templates (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  name text NOT NULL,
  display_name text NOT NULL DEFAULT '',
  icon text NOT NULL DEFAULT '',
  active_version_id uuid,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  allow_user_cancel_workspace_jobs boolean NOT NULL DEFAULT true,
  deleted boolean NOT NULL DEFAULT false
);

CREATE TABLE template_versions (
  id uuid PRIMARY KEY,
  template_id uuid REFERENCES templates (id),
  organization_id uuid NOT NULL REFERENCES organizations (id),
  name text NOT NULL,
  job_id uuid NOT NULL,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL
);

-- Prebuild presets: the reconciler keeps desired_instances prebuilt workspaces per preset.
CREATE TABLE template_version_presets (
  id uuid PRIMARY KEY,
  template_version_id uuid NOT NULL REFERENCES template_versions (id) ON DELETE CASCADE,
  name text NOT NULL,
  desired_instances integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL
);

CREATE TABLE workspaces (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  owner_id uuid NOT NULL REFERENCES users (id),
  template_id uuid NOT NULL REFERENCES templates (id),
  name text NOT NULL,
  preset_id uuid,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  deleted boolean NOT NULL DEFAULT false
);

CREATE TABLE provisioner_jobs (
  id uuid PRIMARY KEY,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  started_at timestamptz,
  canceled_at timestamptz,
  completed_at timestamptz,
  error text,
  error_code text,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  initiator_id uuid NOT NULL,
  provisioner text NOT NULL DEFAULT 'terraform',
  type provisioner_job_type NOT NULL,
  input jsonb NOT NULL DEFAULT '{}',
  worker_id uuid,
  file_id uuid NOT NULL,
  tags jsonb NOT NULL DEFAULT '{"scope": "organization", "owner": ""}',
  logs_overflowed boolean NOT NULL DEFAULT false,
  -- Same derivation as Coder's generated job_status column.
  job_status provisioner_job_status GENERATED ALWAYS AS (
    CASE
      WHEN completed_at IS NOT NULL THEN
        CASE
          WHEN error IS NOT NULL AND error <> '' THEN 'failed'::provisioner_job_status
          WHEN canceled_at IS NOT NULL THEN 'canceled'::provisioner_job_status
          ELSE 'succeeded'::provisioner_job_status
        END
      ELSE
        CASE
          WHEN error IS NOT NULL AND error <> '' THEN 'failed'::provisioner_job_status
          WHEN canceled_at IS NOT NULL THEN 'canceling'::provisioner_job_status
          WHEN started_at IS NULL THEN 'pending'::provisioner_job_status
          ELSE 'running'::provisioner_job_status
        END
    END
  ) STORED
);
CREATE INDEX provisioner_jobs_org_created_idx ON provisioner_jobs (organization_id, created_at DESC);
CREATE INDEX provisioner_jobs_status_idx ON provisioner_jobs (job_status);
CREATE INDEX provisioner_jobs_pending_idx ON provisioner_jobs (created_at)
  WHERE started_at IS NULL AND canceled_at IS NULL AND completed_at IS NULL AND error IS NULL;

CREATE TABLE workspace_builds (
  id uuid PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id),
  template_version_id uuid NOT NULL REFERENCES template_versions (id),
  template_version_preset_id uuid,
  build_number integer NOT NULL,
  transition workspace_transition NOT NULL,
  initiator_id uuid NOT NULL,
  job_id uuid NOT NULL REFERENCES provisioner_jobs (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX workspace_builds_job_idx ON workspace_builds (job_id);

CREATE TABLE provisioner_daemons (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id),
  name text NOT NULL,
  provisioners text[] NOT NULL DEFAULT '{terraform}',
  tags jsonb NOT NULL DEFAULT '{"scope": "organization", "owner": ""}',
  key_id uuid NOT NULL,
  key_name text NOT NULL DEFAULT 'built-in',
  version text NOT NULL,
  api_version text NOT NULL,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz
);

CREATE TABLE licenses (
  id serial PRIMARY KEY,
  uploaded_at timestamptz NOT NULL,
  jwt text NOT NULL,
  exp timestamptz NOT NULL,
  uuid uuid NOT NULL
);
`,
  },
  {
    version: 2,
    name: 'provisioner_job_queue',
    sql: `
-- contained ⊆ container, except that the default untagged set only matches itself exactly
-- (an untagged job must not land on a daemon that was given extra tags, and vice versa).
CREATE FUNCTION provisioner_tagset_contains(container jsonb, contained jsonb) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN contained = '{"scope": "organization", "owner": ""}'::jsonb THEN container = contained
    ELSE container @> contained
  END
$$;

-- The deployment-wide queue order: humans before the prebuilds user, then oldest first.
CREATE INDEX provisioner_jobs_queue_idx ON provisioner_jobs
  ((initiator_id = 'c42fdf75-3097-471c-8c33-fb52454d81c0'::uuid), created_at, id)
  WHERE started_at IS NULL AND canceled_at IS NULL AND completed_at IS NULL AND error IS NULL;
CREATE INDEX provisioner_jobs_worker_idx ON provisioner_jobs (worker_id, completed_at)
  WHERE worker_id IS NOT NULL;
CREATE INDEX provisioner_jobs_org_initiator_created_idx
  ON provisioner_jobs (organization_id, initiator_id, created_at DESC);
CREATE INDEX template_versions_job_idx ON template_versions (job_id);
CREATE INDEX workspaces_preset_idx ON workspaces (preset_id) WHERE preset_id IS NOT NULL;
CREATE INDEX workspace_builds_workspace_idx ON workspace_builds (workspace_id, build_number DESC);

-- Emulator-only: whether the simulation heartbeats and runs this daemon (false = stays offline).
ALTER TABLE provisioner_daemons ADD COLUMN simulated boolean NOT NULL DEFAULT true;
`,
  },
]
