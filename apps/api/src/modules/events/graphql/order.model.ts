import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DiscountReasonGql } from './ticket.model';

export enum OrderStateGql {
  PENDING = 'pending',
  AWAITING_PAYMENT = 'awaiting_payment',
  PAID = 'paid',
  EXPIRED = 'expired',
  CANCELLED = 'cancelled',
  REFUNDED = 'refunded',
}
registerEnumType(OrderStateGql, { name: 'OrderState' });

export enum RegistrationStatusGql {
  HELD = 'held',
  CONFIRMED = 'confirmed',
  CANCELLED = 'cancelled',
  EXPIRED = 'expired',
}
registerEnumType(RegistrationStatusGql, { name: 'RegistrationStatus' });

@ObjectType('OrderLine')
export class OrderLineModel {
  @Field(() => ID) ticketTypeId: string;
  @Field() name: string;
  @Field(() => Int) quantity: number;
  @Field(() => Int) unitListCents: number;
  @Field(() => Int) unitDiscountCents: number;
  @Field(() => Int) lineTotalCents: number;
}

@ObjectType('RegistrationAnswer')
export class RegistrationAnswerModel {
  @Field() questionId: string;
  @Field() value: string;
}

@ObjectType('Registration')
export class RegistrationModel {
  @Field(() => ID) id: string;
  @Field(() => ID) orderId: string;
  @Field(() => ID) eventId: string;
  @Field(() => ID) ticketTypeId: string;
  @Field() attendeeName: string;
  @Field() attendeeEmail: string;
  @Field(() => String, { nullable: true }) attendeeCredentials: string | null;
  @Field(() => String, { nullable: true }) attendeeOrganization: string | null;
  @Field(() => [RegistrationAnswerModel]) answers: RegistrationAnswerModel[];
  @Field(() => RegistrationStatusGql) status: RegistrationStatusGql;
  @Field(() => Date, { nullable: true }) checkedInAt: Date | null;
}

@ObjectType('Order')
export class OrderModel {
  @Field(() => ID) id: string;
  @Field(() => OrderStateGql) state: OrderStateGql;
  @Field() currency: string;
  @Field(() => Int) subtotalCents: number;
  @Field(() => Int) discountCents: number;
  @Field(() => Int) totalCents: number;
  @Field(() => DiscountReasonGql) discountReason: DiscountReasonGql;
  @Field() explanation: string;
  @Field(() => Date, { nullable: true, description: 'While pending: the seats are held until then.' }) holdExpiresAt: Date | null;
  @Field(() => String, { nullable: true }) invoiceNumber: string | null;
  @Field(() => String, { nullable: true }) paymentProvider: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) confirmedAt: Date | null;
  @Field(() => Date, { nullable: true }) paidAt: Date | null;
  @Field(() => Date, { nullable: true }) cancelledAt: Date | null;
  @Field(() => Date, { nullable: true }) refundedAt: Date | null;
  @Field(() => Int, { nullable: true }) refundCents: number | null;
  @Field(() => [OrderLineModel]) lines: OrderLineModel[];
  @Field(() => [RegistrationModel]) registrations: RegistrationModel[];
}
