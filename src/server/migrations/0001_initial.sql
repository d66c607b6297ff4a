-- The workspace server's schema. Append-only where it matters: an assessment's history is
-- a table of versions (the current state is the newest), submissions and published reports
-- are never updated, and every write records itself in audit_log in the same transaction.

create table regions (
  code text primary key,                       -- Kemendagri code, e.g. 64.74
  name text not null,
  kind text not null check (kind in ('kabupaten', 'kota', 'provinsi')),
  province text not null,
  cohort integer,                              -- year the region joined the programme
  portal_origin text,                          -- origin allowed to read its published reports (CORS)
  created_at timestamptz not null default now()
);

create table periods (
  id text primary key,                         -- e.g. 2026
  title text not null,
  opens_on date,
  closes_on date
);

create table users (
  id bigint generated always as identity primary key,
  email text not null unique,
  name text not null,
  role text not null check (role in ('admin', 'coordinator', 'contributor', 'assessor', 'viewer')),
  region_code text references regions (code),  -- coordinator, contributor, assessor: their region
  province text,                               -- viewer: a province, or null for every region
  opd text,                                    -- contributor: the OPD whose indicators it answers
  password_hash text not null,                 -- scrypt, with its parameters and salt
  created_at timestamptz not null default now(),
  disabled_at timestamptz
);

create table sessions (
  token_hash text primary key,                 -- sha-256 of the cookie's value
  user_id bigint not null references users (id),
  csrf_token text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);

create table api_tokens (
  id bigint generated always as identity primary key,
  user_id bigint not null references users (id),
  name text not null,
  token_hash text not null unique,             -- sha-256; the token itself is shown once
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);

create table assessments (
  id bigint generated always as identity primary key,
  region_code text not null references regions (code),
  period_id text not null references periods (id),
  framework_id text not null,
  framework_version text not null,
  status text not null default 'draft' check (status in ('draft', 'locked', 'submitted', 'verified')),
  current_version integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (region_code, period_id, framework_id)
);

create table assessment_versions (
  assessment_id bigint not null references assessments (id),
  version integer not null,
  document jsonb not null,                     -- the whole assessment, valid against the schema
  changed_indicators text[] not null default '{}',
  author_id bigint references users (id),
  created_at timestamptz not null default now(),
  primary key (assessment_id, version)
);

create table submissions (
  submission_id text primary key,              -- the questionnaire's id, sent with every retry
  assessment_id bigint not null references assessments (id),
  version integer not null,
  submitted_by bigint references users (id),
  received_at timestamptz not null default now()
);

create table evidence_files (
  id text primary key,                         -- random, unguessable
  assessment_id bigint not null references assessments (id),
  indicator_id text not null,
  file_name text not null,
  media_type text not null,                    -- from the content's signature, not the name
  size integer not null,
  sha256 text not null,
  content bytea not null,
  uploaded_by bigint references users (id),
  uploaded_at timestamptz not null default now()
);

create table published_reports (
  id bigint generated always as identity primary key,
  assessment_id bigint not null references assessments (id),
  version integer not null,
  report jsonb not null,
  published_by bigint references users (id),
  published_at timestamptz not null default now()
);

create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  user_id bigint references users (id),
  action text not null,
  entity text not null,
  entity_id text not null,
  before jsonb,
  after jsonb
);

create index assessment_versions_by_assessment on assessment_versions (assessment_id, version desc);
create index published_reports_by_assessment on published_reports (assessment_id, published_at desc);
create index audit_log_by_entity on audit_log (entity, entity_id, at);
create index evidence_files_by_assessment on evidence_files (assessment_id, indicator_id);
