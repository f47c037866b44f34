import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';
import { isUuid } from '@confer/libs/text';
import type { AppRequest } from '../../core/graphql/graphql-context';
import { MembershipService } from '../accounts/membership.service';
import { EventRepository } from './event.repository';
import { EventsAdminService } from './events-admin.service';
import { EventsException } from './events.exception';
import { RegistrationRepository } from './registration.repository';

/** Lives under the API's URL space (see core/http/web-app.middleware.ts). */
export const EVENTS_EXPORT_PATH = '/events-export';

const cents = (v: unknown) => (v === null || v === undefined ? '' : (Number(v) / 100).toFixed(2));
const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : v ? String(v) : '');

/**
 * Staff CSV exports of one event: GET /events-export/:eventId/registrations.csv and
 * /events-export/:eventId/orders.csv (session cookie). Anyone else: 401/403 with the GraphQL codes.
 */
@Controller('events-export')
export class EventsExportController {
  constructor(
    private readonly memberships: MembershipService,
    private readonly admin: EventsAdminService,
    private readonly events: EventRepository,
    private readonly regs: RegistrationRepository,
  ) {}

  @Get(':eventId/registrations.csv')
  async registrations(@Param('eventId') eventId: string, @Req() req: AppRequest, @Res() res: Response): Promise<void> {
    await this.send(req, res, eventId, async (slug) => {
      const rows = await this.regs.list({ eventId: eventId.toLowerCase(), status: null, checkedIn: null, ticketTypeId: null, search: null, limit: 100000, offset: 0 });
      const questions = (await this.events.findById(eventId.toLowerCase()))!.questions ?? [];
      return {
        file: `${slug}-registrations.csv`,
        body: stringify(
          rows.map((r) => ({
            registration_id: r.id,
            order_id: r.orderId,
            status: r.status,
            attendee_name: r.attendeeName,
            attendee_email: r.attendeeEmail,
            credentials: r.attendeeCredentials ?? '',
            organization: r.attendeeOrganization ?? '',
            ...Object.fromEntries(questions.map((q) => [q.label, r.answers?.[q.id] ?? ''])),
            checked_in_at: iso(r.checkedInAt),
            cancelled_at: iso(r.cancelledAt),
            refund_usd: cents(r.refundCents),
            transferred_at: iso(r.transferredAt),
          })),
          { header: true, columns: ['registration_id', 'order_id', 'status', 'attendee_name', 'attendee_email', 'credentials', 'organization', ...questions.map((q) => q.label), 'checked_in_at', 'cancelled_at', 'refund_usd', 'transferred_at'] },
        ),
      };
    });
  }

  @Get(':eventId/orders.csv')
  async orders(@Param('eventId') eventId: string, @Req() req: AppRequest, @Res() res: Response): Promise<void> {
    await this.send(req, res, eventId, async (slug) => {
      const rows = await this.regs.ordersForEvent(eventId.toLowerCase());
      return {
        file: `${slug}-orders.csv`,
        body: stringify(
          rows.map((o) => ({
            order_id: o.id,
            invoice_number: o.invoice_number ?? '',
            state: o.state,
            buyer_name: o.buyer_name,
            buyer_email: o.buyer_email,
            items: o.items ?? '',
            subtotal_usd: cents(o.subtotal_cents),
            discount_usd: cents(o.discount_cents),
            total_usd: cents(o.total_cents),
            discount_reason: o.discount_reason,
            refund_usd: cents(o.refund_cents),
            created_at: iso(o.created_at),
            confirmed_at: iso(o.confirmed_at),
            paid_at: iso(o.paid_at),
            cancelled_at: iso(o.cancelled_at),
          })),
          { header: true, columns: ['order_id', 'invoice_number', 'state', 'buyer_name', 'buyer_email', 'items', 'subtotal_usd', 'discount_usd', 'total_usd', 'discount_reason', 'refund_usd', 'created_at', 'confirmed_at', 'paid_at', 'cancelled_at'] },
        ),
      };
    });
  }

  private async send(req: AppRequest, res: Response, eventId: string, build: (slug: string) => Promise<{ file: string; body: string }>): Promise<void> {
    res.setHeader('Cache-Control', 'private, no-store');
    // A refusal is answered by DomainExceptionFilter, in the same coded shape as every other route's.
    this.admin.staffOnly(await this.memberships.viewerForUserId(req.session?.userId));
    const event = isUuid(eventId) ? await this.events.findById(eventId.toLowerCase()) : null;
    if (!event) throw new EventsException('EVENT_NOT_FOUND');
    const { file, body } = await build(event.slug);
    res.status(200).setHeader('Content-Type', 'text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="${file}"`).send(body);
  }
}
