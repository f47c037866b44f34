import { Inject, Injectable } from '@nestjs/common';
import { buildFeed, buildSingle, type IcsItem } from '@confer/libs/ics';
import { createHash, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/app-config';
import type { CalendarFeedItem } from './calendar-feed-source';
import { CalendarFeedSources } from './calendar-feed-sources';
import { CalendarFeedRepository } from './calendar-feed.repository';
import { CalendarException } from './calendar.exception';
import type { CalendarLinksModel } from './graphql/calendar.model';

/** Calendar programs poll about this often; the feed says so (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
const REFRESH_MINUTES = 60;
/** Raise when the rendering changes, so cached bodies and ETags from before are not reused. */
const RENDER_VERSION = 1;
const CACHED_FEEDS = 200;
const gzipAsync = promisify(gzip);

export interface IcsDocument {
  /** Decided from the items' fingerprints alone, so a 304 costs no rendering. */
  etag: string;
  /** Feeds are sent gzipped to clients that accept it; single items (small) are not. */
  compressible: boolean;
  /** The bytes to send and the ETag they belong to (a change between the two reads gives a newer one). */
  body(): Promise<RenderedIcs>;
}

export interface RenderedIcs {
  etag: string;
  bytes: Buffer;
  /** The same bytes gzipped once when rendered (feeds only: calendar programs accept gzip; a feed shrinks ~15×). */
  gzipped: Buffer | null;
}

/** One source's share of a feed: its fingerprint, and its items when they were needed to compute it. */
interface FeedPart {
  version: string;
  items: CalendarFeedItem[] | null;
}

/**
 * Personal and public calendar feeds assembled from every registered CalendarFeedSource, and
 * single-item downloads. A personal feed is reached by its secret token only; replacing the token
 * kills the old URL at once.
 */
@Injectable()
export class CalendarService {
  /** Rendered feed bodies by ETag, least recently used first. */
  private readonly rendered = new Map<string, RenderedIcs>();

  constructor(
    private readonly feeds: CalendarFeedRepository,
    private readonly sources: CalendarFeedSources,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async links(userId: string | null): Promise<CalendarLinksModel> {
    if (!userId) throw new CalendarException('SIGN_IN_REQUIRED');
    return this.toLinks((await this.feeds.ensure(userId, newToken())).token);
  }

  async regenerate(userId: string | null): Promise<CalendarLinksModel> {
    if (!userId) throw new CalendarException('SIGN_IN_REQUIRED');
    return this.toLinks((await this.feeds.replace(userId, newToken())).token);
  }

  /**
   * The feed behind a token; an unknown or replaced token is FEED_NOT_FOUND (HTTP 404). Every request
   * reads the token and each source's fingerprint afresh, so a change or a revoked token shows at once.
   */
  async personalFeed(token: string): Promise<IcsDocument> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw new CalendarException('FEED_NOT_FOUND');
    const owner = await this.feeds.ownerByToken(token);
    if (!owner) throw new CalendarException('FEED_NOT_FOUND');
    const { userId } = owner;
    const sources = this.sources.all();
    const parts = await Promise.all(
      sources.map(async (s): Promise<FeedPart> => {
        if (s.personalVersion && s.personalSnapshot) return { version: await s.personalVersion(userId), items: null };
        const items = await s.personalItems(userId);
        return { version: itemsVersion(items), items };
      }),
    );
    const load = () =>
      Promise.all(
        sources.map(async (s, i): Promise<FeedPart> => {
          if (parts[i].items || !s.personalSnapshot) return parts[i];
          return s.personalSnapshot(userId);
        }),
      );
    return this.feedDocument(`Confer — ${owner.displayName}`, parts, load);
  }

  async publicFeed(): Promise<IcsDocument> {
    const items = (await Promise.all(this.sources.all().map((s) => (s.publicItems ? s.publicItems() : Promise.resolve([]))))).flat();
    const parts = [{ version: itemsVersion(items), items }];
    return this.feedDocument('Confer — events', parts, async () => parts);
  }

  /**
   * The same items always give the same bytes (DTSTAMP is each item's last change), so the ETag is a
   * hash of the parts' fingerprints and rendered bytes are reused until one of them changes: calendar
   * programs poll far more often than anything changes, and rendering 500 events takes tens of ms.
   * When the items had to be read again (not cached) their own fingerprints name the bytes.
   */
  private feedDocument(name: string, parts: FeedPart[], load: () => Promise<FeedPart[]>): IcsDocument {
    const etag = feedEtag(name, parts);
    return {
      etag,
      compressible: true,
      body: async () => {
        const cached = this.cached(etag);
        if (cached) return cached;
        const loaded = await load();
        const actual = feedEtag(name, loaded);
        const again = this.cached(actual);
        if (again) return again;
        const bytes = Buffer.from(buildFeed({ name, refreshMinutes: REFRESH_MINUTES, items: loaded.flatMap((p) => p.items ?? []).map(toIcs) }), 'utf8');
        const rendered = { etag: actual, bytes, gzipped: await gzipAsync(bytes) };
        this.remember(rendered);
        return rendered;
      },
    };
  }

  private cached(etag: string): RenderedIcs | undefined {
    const found = this.rendered.get(etag);
    if (found) this.remember(found);
    return found;
  }

  /** Most recently used last; the oldest goes when the cache is full. */
  private remember(rendered: RenderedIcs): void {
    this.rendered.delete(rendered.etag);
    if (this.rendered.size >= CACHED_FEEDS) this.rendered.delete(this.rendered.keys().next().value as string);
    this.rendered.set(rendered.etag, rendered);
  }

  /** One item as .ics for a logged-in user who may see it; otherwise ITEM_NOT_FOUND (never "forbidden"). */
  async single(userId: string | null, uid: string): Promise<IcsDocument> {
    if (!userId) throw new CalendarException('SIGN_IN_REQUIRED');
    for (const source of this.sources.all()) {
      const item = await source.itemForUser(userId, uid);
      if (item) {
        const bytes = Buffer.from(buildSingle(toIcs(item)), 'utf8');
        const etag = `"${createHash('sha256').update(bytes).digest('base64url')}"`;
        return { etag, compressible: false, body: async () => ({ etag, bytes, gzipped: null }) };
      }
    }
    throw new CalendarException('ITEM_NOT_FOUND');
  }

  private toLinks(token: string): CalendarLinksModel {
    const httpsUrl = `${this.config.publicUrl}/ics/feed/${token}.ics`;
    const webcalUrl = httpsUrl.replace(/^https?:\/\//, 'webcal://');
    const publicHttpsUrl = `${this.config.publicUrl}/ics/public.ics`;
    return {
      httpsUrl,
      webcalUrl,
      googleUrl: `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcalUrl)}`,
      publicHttpsUrl,
      publicWebcalUrl: publicHttpsUrl.replace(/^https?:\/\//, 'webcal://'),
    };
  }
}

function newToken(): string {
  return randomBytes(32).toString('base64url');
}

function feedEtag(name: string, parts: FeedPart[]): string {
  const hash = createHash('sha256').update(`${RENDER_VERSION}\n${REFRESH_MINUTES}\n${name}`);
  for (const p of parts) hash.update(`\n${p.version}`);
  return `"${hash.digest('base64url')}"`;
}

/** A fingerprint of items a source built in memory: every field, fed to the hash one by one (no JSON of the whole list). */
function itemsVersion(items: CalendarFeedItem[]): string {
  const hash = createHash('sha256');
  for (const i of items) {
    const fields = [i.uid, i.sequence, i.lastModified.toISOString(), i.start.toISOString(), i.end.toISOString(), i.timeZone, i.title, i.location, i.description, i.url];
    hash.update(fields.map((f) => (f === null ? '\u0000' : String(f))).join('\u001f') + '\u001e');
  }
  return hash.digest('base64url');
}

function toIcs(item: CalendarFeedItem): IcsItem {
  return {
    uid: item.uid,
    sequence: item.sequence,
    lastModified: item.lastModified.toISOString(),
    start: item.start.toISOString(),
    end: item.end.toISOString(),
    timeZone: item.timeZone,
    title: item.title,
    location: item.location,
    description: item.description,
    url: item.url,
  };
}

