import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateFellowsAndResources1795340000000 implements MigrationInterface {
  name = 'CreateFellowsAndResources1795340000000';

  async up(q: QueryRunner): Promise<void> {
    // Who may submit a plan: Residency attendees (recorded at check-in) or members staff let in.
    await q.query(`
      create table fellowship_eligibility (
        user_id uuid primary key references users(id) on delete cascade,
        source text not null check (source in ('staff','residency_check_in')),
        source_ref text,
        note text,
        granted_by uuid references users(id) on delete set null,
        created_at timestamptz not null default now()
      )`);
    await q.query(`
      create table fellowship_reviewers (
        user_id uuid primary key references users(id) on delete cascade,
        appointed_by uuid references users(id) on delete set null,
        created_at timestamptz not null default now()
      )`);
    await q.query(`
      create table fellowship_plans (
        id uuid primary key default gen_random_uuid(),
        author_id uuid not null references users(id) on delete cascade,
        title text not null check (length(title) between 3 and 200),
        goals text not null check (length(goals) <= 10000),
        audience text not null check (length(audience) <= 10000),
        platforms text[] not null check (cardinality(platforms) between 1 and 9),
        metrics text not null check (length(metrics) <= 10000),
        governance text not null check (length(governance) <= 10000),
        status text not null check (status in ('submitted','in_review','revision_requested','resubmitted','accepted','declined')),
        version integer not null default 1,
        cohort_year integer,
        list_publicly boolean not null default false,
        public_summary text check (length(public_summary) <= 500),
        submitted_at timestamptz not null default now(),
        decided_at timestamptz,
        updated_at timestamptz not null default now()
      )`);
    // One open or accepted plan per member; after a decline a member may start again.
    await q.query(`create unique index fellowship_plans_one_live_idx on fellowship_plans (author_id) where status <> 'declined'`);
    await q.query(`create index fellowship_plans_status_idx on fellowship_plans (status, updated_at desc)`);
    await q.query(`create index fellowship_plans_listed_idx on fellowship_plans (cohort_year desc) where status = 'accepted' and list_publicly`);
    await q.query(`
      create table fellowship_plan_events (
        id uuid primary key default gen_random_uuid(),
        plan_id uuid not null references fellowship_plans(id) on delete cascade,
        actor_id uuid references users(id) on delete set null,
        action text not null check (action in ('submit','start_review','comment','request_revision','resubmit','accept','decline')),
        from_status text,
        to_status text not null,
        comment text check (length(comment) <= 5000),
        created_at timestamptz not null default clock_timestamp()
      )`);
    await q.query(`create index fellowship_plan_events_plan_idx on fellowship_plan_events (plan_id, created_at)`);

    await q.query(`
      create table resources (
        id uuid primary key default gen_random_uuid(),
        slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,79}$'),
        kind text not null check (kind in ('guideline','template','training','webinar','article')),
        audience text not null check (audience in ('public','guest','premium')),
        title text not null check (length(title) between 3 and 200),
        summary text not null check (length(summary) between 1 and 500),
        body_md text not null check (length(body_md) <= 100000),
        body_html text not null,
        preview_md text not null,
        preview_html text not null,
        link_url text check (link_url ~ '^https?://'),
        tags text[] not null default '{}',
        published boolean not null default true,
        published_at timestamptz,
        created_by uuid references users(id) on delete set null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        search_preview tsvector not null default ''::tsvector,
        search_full tsvector not null default ''::tsvector
      )`);
    // Two search vectors: what everyone may search (title, summary, tags, first paragraph) and what
    // a reader with access may search (the whole body too), so a match never reveals hidden text.
    await q.query(`
      create function resources_search_refresh() returns trigger language plpgsql as $$
      begin
        new.search_preview :=
          setweight(to_tsvector('english', new.title), 'A') ||
          setweight(to_tsvector('english', new.summary || ' ' || array_to_string(new.tags, ' ')), 'B') ||
          setweight(to_tsvector('english', new.preview_md), 'C');
        new.search_full := new.search_preview || setweight(to_tsvector('english', new.body_md), 'D');
        return new;
      end $$`);
    await q.query(`create trigger resources_search_refresh before insert or update on resources for each row execute function resources_search_refresh()`);
    await q.query(`create index resources_search_preview_idx on resources using gin (search_preview)`);
    await q.query(`create index resources_search_full_idx on resources using gin (search_full)`);
    await q.query(`create index resources_tags_idx on resources using gin (tags)`);
    await q.query(`create index resources_list_idx on resources (published, published_at desc, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`drop table if exists resources`);
    await q.query(`drop function if exists resources_search_refresh()`);
    await q.query(`drop table if exists fellowship_plan_events`);
    await q.query(`drop table if exists fellowship_plans`);
    await q.query(`drop table if exists fellowship_reviewers`);
    await q.query(`drop table if exists fellowship_eligibility`);
  }
}
