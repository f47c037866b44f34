import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { AppRequest } from '../../core/graphql/graphql-context';
import { DomainException } from '../../core/errors/domain.exception';
import { CalendarService, IcsDocument } from './calendar.service';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, NOT_FOUND: 404 };

/**
 * /ics/… (the web app owns /calendar): the personal feed by secret token, the public events feed,
 * and single-item downloads for a logged-in party. ETag + If-None-Match answer 304 when nothing changed.
 */
@Controller('ics')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('public.ics')
  async publicFeed(@Req() req: AppRequest, @Res() res: Response): Promise<void> {
    await this.answer(req, res, () => this.calendar.publicFeed(), 'public, max-age=300', null);
  }

  @Get('feed/:file')
  async personalFeed(@Param('file') file: string, @Req() req: AppRequest, @Res() res: Response): Promise<void> {
    const token = file.endsWith('.ics') ? file.slice(0, -4) : '';
    // The URL is the secret: never cached by shared caches, never sent on as a referrer.
    await this.answer(req, res, () => this.calendar.personalFeed(token), 'private, no-cache', null);
  }

  @Get('item/:file')
  async item(@Param('file') file: string, @Req() req: AppRequest, @Res() res: Response): Promise<void> {
    const uid = file.endsWith('.ics') ? file.slice(0, -4) : '';
    await this.answer(req, res, () => this.calendar.single(req.session?.userId ?? null, uid), 'private, no-store', 'consultation.ics');
  }

  private async answer(req: AppRequest, res: Response, load: () => Promise<IcsDocument>, cacheControl: string, download: string | null): Promise<void> {
    res.setHeader('X-Robots-Tag', 'noindex');
    res.setHeader('Referrer-Policy', 'no-referrer');
    let doc: IcsDocument;
    try {
      doc = await load();
    } catch (e) {
      if (!(e instanceof DomainException)) throw e;
      res.status(STATUS[e.category] ?? 400).type('text/plain').send(e.message);
      return;
    }
    res.setHeader('Cache-Control', cacheControl);
    const gzip = doc.compressible && req.acceptsEncodings('gzip', 'identity') === 'gzip';
    // Gzipped bytes carry the weak form of the ETag: the same content, other bytes (If-None-Match matches either).
    const tag = (etag: string) => (gzip ? `W/${etag}` : etag);
    if (doc.compressible) res.setHeader('Vary', 'Accept-Encoding');
    const given = req.headers['if-none-match'];
    if (given && given.split(',').some((t) => t.trim().replace(/^W\//, '') === doc.etag)) {
      res.setHeader('ETag', tag(doc.etag));
      res.status(304).end();
      return;
    }
    const rendered = await doc.body();
    res.setHeader('ETag', tag(rendered.etag));
    if (download) res.setHeader('Content-Disposition', `attachment; filename="${download}"`);
    res.status(200).type('text/calendar; charset=utf-8');
    // Cached bytes, not a string: nothing is encoded or compressed per request.
    if (gzip && rendered.gzipped) {
      res.setHeader('Content-Encoding', 'gzip');
      res.send(rendered.gzipped);
    } else res.send(rendered.bytes);
  }
}
