import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { MailModule } from '../mail/mail.module';
import { FellowsModule } from '../fellows/fellows.module';
import { LearningModule } from '../learning/learning.module';
import { AgendaResolver } from './agenda.resolver';
import { AgendaService } from './agenda.service';
import { EventsAdminRepository } from './events-admin.repository';
import { EventsAdminResolver } from './events-admin.resolver';
import { EventsAdminService } from './events-admin.service';
import { EventsCalendarSource } from './events-calendar.source';
import { EventsDemoSeed } from './events-demo.seed';
import { EventsExportController } from './events-export.controller';
import { CheckInGateway } from './check-in.gateway';
import { CheckInResolver } from './check-in.resolver';
import { CheckInService } from './check-in.service';
import { RegistrationMailer } from './registration-mailer';
import { RegistrationRepository } from './registration.repository';
import { RegistrationResolver } from './registration.resolver';
import { RegistrationService } from './registration.service';
import { TicketTokenSigner } from './ticket-token.signer';
import { AgendaChoiceEntity } from './entities/agenda-choice.entity';
import { BundleItemEntity } from './entities/bundle-item.entity';
import { EventSessionSpeakerEntity } from './entities/event-session-speaker.entity';
import { EventSessionEntity } from './entities/event-session.entity';
import { EventEntity } from './entities/event.entity';
import { OrderLineEntity } from './entities/order-line.entity';
import { OrderEntity } from './entities/order.entity';
import { PromoCodeTicketTypeEntity } from './entities/promo-code-ticket-type.entity';
import { PromoCodeEntity } from './entities/promo-code.entity';
import { RegistrationEntity } from './entities/registration.entity';
import { TicketTypeEntity } from './entities/ticket-type.entity';
import { WaitlistEntryEntity } from './entities/waitlist-entry.entity';
import { EventRepository } from './event.repository';
import { CheckoutService } from './checkout.service';
import { EventsGateway } from './events.gateway';
import { EventsJobsService } from './events-jobs.service';
import { EventsResolver } from './events.resolver';
import { EventsService } from './events.service';
import { OrderHooks } from './order-hooks';
import { OrderRepository } from './order.repository';
import { OrdersResolver } from './orders.resolver';
import { InvoicePaymentProvider, PaymentProvider } from './payment-provider';
import { PromoCodeRepository } from './promo-code.repository';
import { SeatLedgerService } from './seat-ledger.service';
import { TicketAvailabilityService } from './ticket-availability.service';
import { TicketTypeRepository } from './ticket-type.repository';
import { WaitlistRepository } from './waitlist.repository';
import { WaitlistResolver } from './waitlist.resolver';
import { WaitlistService } from './waitlist.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      EventEntity,
      EventSessionEntity,
      EventSessionSpeakerEntity,
      TicketTypeEntity,
      BundleItemEntity,
      PromoCodeEntity,
      PromoCodeTicketTypeEntity,
      OrderEntity,
      OrderLineEntity,
      RegistrationEntity,
      WaitlistEntryEntity,
      AgendaChoiceEntity,
    ]),
    AccountsModule,
    MailModule,
    LearningModule,
    FellowsModule,
  ],
  controllers: [EventsExportController],
  providers: [
    EventRepository,
    TicketTypeRepository,
    PromoCodeRepository,
    OrderRepository,
    WaitlistRepository,
    TicketAvailabilityService,
    SeatLedgerService,
    OrderHooks,
    { provide: PaymentProvider, useClass: InvoicePaymentProvider },
    EventsGateway,
    EventsService,
    CheckoutService,
    WaitlistService,
    EventsJobsService,
    EventsResolver,
    OrdersResolver,
    WaitlistResolver,
    // Registrations, tickets, check-in and the personal agenda.
    TicketTokenSigner,
    RegistrationRepository,
    RegistrationMailer,
    RegistrationService,
    RegistrationResolver,
    CheckInGateway,
    CheckInService,
    CheckInResolver,
    AgendaService,
    AgendaResolver,
    EventsCalendarSource,
    EventsAdminRepository,
    EventsAdminService,
    EventsAdminResolver,
    EventsDemoSeed,
  ],
  // OrderHooks: where registration emails, invites and tickets attach to the order transaction.
  exports: [EventsDemoSeed, EventRepository, OrderRepository, TicketTypeRepository, EventsService, CheckoutService, OrderHooks, EventsGateway],
})
export class EventsModule {}
