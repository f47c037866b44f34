import { MigrationInterface, QueryRunner } from 'typeorm';

const TYPES = `'hospital','health_system','clinic','academic_medical_center','association','government','company','other'`;

// A listing's fields: the same in the public table and in every proposed version.
const LISTING_COLUMNS = `
        name text not null check (char_length(name) between 2 and 200),
        name_key text not null,
        type text not null check (type in (${TYPES})),
        country text not null check (country ~ '^[A-Z]{2}$'),
        region text check (char_length(region) <= 100),
        city text check (char_length(city) <= 100),
        website text not null check (char_length(website) <= 500),
        website_domain text not null,
        accounts jsonb not null check (jsonb_typeof(accounts) = 'array'),`;

export class CreateDirectory1795320000000 implements MigrationInterface {
  name = 'CreateDirectory1795320000000';

  async up(q: QueryRunner): Promise<void> {
    // The public Health Care Social Media List: only approved versions live here.
    await q.query(`
      create table directory_organizations (
        id uuid primary key default gen_random_uuid(),
        ${LISTING_COLUMNS}
        platforms text[] not null,
        submitter_email text not null,
        listed_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        search tsvector generated always as (
          to_tsvector('simple', name || ' ' || coalesce(city, '') || ' ' || coalesce(region, '') || ' ' || website_domain)
        ) stored
      )`);
    await q.query(`create index directory_organizations_search on directory_organizations using gin (search)`);
    await q.query(`create index directory_organizations_platforms on directory_organizations using gin (platforms)`);
    await q.query(`create index directory_organizations_country on directory_organizations (country)`);
    await q.query(`create index directory_organizations_domain on directory_organizations (website_domain)`);
    await q.query(`create index directory_organizations_name_key on directory_organizations (name_key)`);
    await q.query(`create index directory_organizations_name on directory_organizations (lower(name), id)`);

    // Every proposed version (a new listing or an update), from email confirmation to review.
    await q.query(`
      create table directory_submissions (
        id uuid primary key default gen_random_uuid(),
        organization_id uuid references directory_organizations(id) on delete cascade,
        kind text not null check (kind in ('new', 'update')),
        status text not null check (status in ('unconfirmed', 'pending', 'approved', 'rejected', 'superseded')),
        ${LISTING_COLUMNS}
        submitter_email text not null,
        created_at timestamptz not null default now(),
        confirmed_at timestamptz,
        reviewed_at timestamptz,
        reviewed_by uuid references users(id) on delete set null,
        reject_reason text check (char_length(reject_reason) <= 1000),
        check (kind = 'new' or organization_id is not null),
        check (status <> 'rejected' or reject_reason is not null)
      )`);
    // At most one update of a listing waits for review; a newer one replaces it.
    await q.query(`create unique index directory_submissions_one_open_update on directory_submissions (organization_id) where kind = 'update' and status = 'pending'`);
    await q.query(`create index directory_submissions_queue on directory_submissions (confirmed_at) where status = 'pending'`);
    await q.query(`create index directory_submissions_domain on directory_submissions (website_domain) where status = 'pending'`);
    await q.query(`create index directory_submissions_name_key on directory_submissions (name_key) where status = 'pending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table if exists directory_submissions`);
    await q.query(`drop table if exists directory_organizations`);
  }
}
