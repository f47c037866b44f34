import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum TicketKindGql {
  EVENT = 'event',
  BUNDLE = 'bundle',
  MEMBERSHIP = 'membership',
  COURSE = 'course',
}
registerEnumType(TicketKindGql, { name: 'TicketKind' });

export enum TicketAudienceGql {
  ANYONE = 'anyone',
  PREMIUM = 'premium',
}
registerEnumType(TicketAudienceGql, { name: 'TicketAudience' });

export enum DiscountReasonGql {
  NONE = 'none',
  PREMIUM_MEMBER = 'premium_member',
  INCLUDED_IN_PREMIUM = 'included_in_premium',
  PROMO_CODE = 'promo_code',
}
registerEnumType(DiscountReasonGql, { name: 'DiscountReason' });

export enum PromoProblemGql {
  NOT_FOUND = 'not_found',
  OTHER_EVENT = 'other_event',
  EXPIRED = 'expired',
  USED_UP = 'used_up',
  NOT_APPLICABLE = 'not_applicable',
  NOT_BETTER = 'not_better',
}
registerEnumType(PromoProblemGql, { name: 'PromoProblem' });

@ObjectType('TicketType')
export class TicketTypeModel {
  @Field(() => ID) id: string;
  @Field(() => TicketKindGql) kind: TicketKindGql;
  @Field(() => ID, { nullable: true }) eventId: string | null;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => Int) listPriceCents: number;
  @Field(() => Int, { nullable: true, description: 'null: unlimited.' }) capacity: number | null;
  @Field(() => Int, { nullable: true, description: 'null: unlimited.' }) seatsLeft: number | null;
  @Field() soldOut: boolean;
  @Field(() => Date, { nullable: true }) saleStartsAt: Date | null;
  @Field(() => Date, { nullable: true }) saleEndsAt: Date | null;
  @Field({ description: 'Within the sale window and the events are open (seats aside).' }) onSale: boolean;
  @Field(() => TicketAudienceGql) audience: TicketAudienceGql;
  @Field() inPerson: boolean;
  @Field() includedInPremium: boolean;
  @Field(() => Int) maxPerOrder: number;
  @Field(() => Int, { nullable: true }) membershipMonths: number | null;
  @Field(() => [ID], { description: 'Bundles: the events it gives a seat in.' }) bundleEventIds: string[];
}

/** The breakdown checkout shows before the buyer commits, priced by libs/pricing on the server. */
@ObjectType('PriceQuote')
export class PriceQuoteModel {
  @Field(() => ID) ticketTypeId: string;
  @Field(() => Int) quantity: number;
  @Field({ description: 'guest or premium, as decided on the server now.' }) buyerTier: string;
  @Field(() => Int) unitListCents: number;
  @Field(() => Int) unitDiscountCents: number;
  @Field(() => Int) unitTotalCents: number;
  @Field(() => Int) listPriceCents: number;
  @Field(() => Int) discountCents: number;
  @Field(() => Int) totalCents: number;
  @Field(() => DiscountReasonGql) reason: DiscountReasonGql;
  @Field() explanation: string;
  @Field(() => String, { nullable: true }) promoCode: string | null;
  @Field(() => PromoProblemGql, { nullable: true, description: 'Why the code given was not applied.' }) promoProblem: PromoProblemGql | null;
}
