import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAccounts1795250000000 implements MigrationInterface {
  name = 'CreateAccounts1795250000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`create extension if not exists pgcrypto`);
    await q.query(`
      create table users (
        id uuid primary key default gen_random_uuid(),
        email text not null,
        email_verified_at timestamptz,
        password_hash text not null,
        password_changed_at timestamptz not null default now(),
        display_name text not null,
        credentials text,
        credentials_verified boolean not null default false,
        job_title text,
        organization_name text,
        bio text,
        time_zone text not null,
        roles text[] not null default '{member}',
        membership_override text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint users_email_lower check (email = lower(email)),
        constraint users_roles_known check (roles <@ array['member','expert','moderator','staff']::text[]),
        constraint users_override_known check (membership_override in ('premium','guest'))
      )`);
    await q.query(`create unique index users_email_key on users (email)`);
    // Organization coverage looks users up by the domain of their address.
    await q.query(`create index users_email_domain_idx on users ((split_part(email, '@', 2)))`);

    await q.query(`
      create table account_tokens (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references users(id) on delete cascade,
        purpose text not null check (purpose in ('verify_email','reset_password')),
        token_hash text not null unique,
        expires_at timestamptz not null,
        used_at timestamptz,
        created_at timestamptz not null default now()
      )`);
    await q.query(`create index account_tokens_user_idx on account_tokens (user_id, purpose)`);

    await q.query(`
      create table premium_grants (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references users(id) on delete cascade,
        starts_at timestamptz not null,
        ends_at timestamptz,
        note text,
        source text not null default 'staff' check (source in ('staff','purchase')),
        granted_by uuid references users(id) on delete set null,
        revoked_at timestamptz,
        created_at timestamptz not null default now(),
        constraint premium_grants_window check (ends_at is null or ends_at > starts_at)
      )`);
    await q.query(`create index premium_grants_user_idx on premium_grants (user_id)`);

    await q.query(`
      create table organizations (
        id uuid primary key default gen_random_uuid(),
        name text not null,
        status text not null default 'active' check (status in ('active','suspended')),
        membership_starts_at timestamptz not null,
        membership_ends_at timestamptz,
        created_at timestamptz not null default now(),
        constraint organizations_window check (membership_ends_at is null or membership_ends_at > membership_starts_at)
      )`);
    await q.query(`create unique index organizations_name_key on organizations (lower(name))`);
    await q.query(`
      create table organization_domains (
        id uuid primary key default gen_random_uuid(),
        organization_id uuid not null references organizations(id) on delete cascade,
        domain text not null check (domain = lower(domain)),
        approved_at timestamptz,
        approved_by uuid references users(id) on delete set null,
        created_at timestamptz not null default now()
      )`);
    // A domain can cover people for one organization only.
    await q.query(`create unique index organization_domains_domain_key on organization_domains (domain)`);
    await q.query(`
      create table organization_admins (
        organization_id uuid not null references organizations(id) on delete cascade,
        user_id uuid not null references users(id) on delete cascade,
        created_at timestamptz not null default now(),
        primary key (organization_id, user_id)
      )`);
    await q.query(`create index organization_admins_user_idx on organization_admins (user_id)`);

    // express-session store (connect-pg-simple's layout) with an index for "log out everywhere".
    await q.query(`
      create table sessions (
        sid varchar not null primary key,
        sess json not null,
        expire timestamp(6) not null
      )`);
    await q.query(`create index sessions_expire_idx on sessions (expire)`);
    await q.query(`create index sessions_user_idx on sessions ((sess->>'userId'))`);

    // rate-limiter-flexible's Postgres store, shared by every API process.
    await q.query(`
      create table rate_limits (
        key varchar(255) primary key,
        points integer not null default 0,
        expire bigint
      )`);

    await q.query(`
      create table mail_messages (
        id uuid primary key default gen_random_uuid(),
        kind text not null,
        to_address text not null,
        subject text not null,
        text_body text not null,
        html_body text,
        ics_method text,
        ics_body text,
        status text not null default 'queued' check (status in ('queued','sent','failed')),
        attempts integer not null default 0,
        last_error text,
        created_at timestamptz not null default now(),
        sent_at timestamptz
      )`);
    await q.query(`create index mail_messages_status_idx on mail_messages (status, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'mail_messages',
      'rate_limits',
      'sessions',
      'organization_admins',
      'organization_domains',
      'organizations',
      'premium_grants',
      'account_tokens',
      'users',
    ]) {
      await q.query(`drop table if exists ${table}`);
    }
  }
}
