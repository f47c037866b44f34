import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PromoCode')
export class PromoCodeModel {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => ID, { nullable: true }) eventId: string | null;
  @Field(() => Int, { nullable: true }) percentOff: number | null;
  @Field(() => Int, { nullable: true }) amountOffCents: number | null;
  @Field(() => Int, { nullable: true }) maxUses: number | null;
  @Field(() => Int) uses: number;
  @Field(() => Date, { nullable: true }) expiresAt: Date | null;
  @Field() active: boolean;
  @Field(() => [ID]) ticketTypeIds: string[];
}

@ObjectType('EventCancellation')
export class EventCancellationModel {
  @Field(() => ID) eventId: string;
  @Field(() => Int, { description: 'Orders cancelled or refunded (everyone in them notified).' }) ordersCancelled: number;
  @Field(() => Int, { description: 'Seats whose invites were cancelled.' }) seatsCancelled: number;
}
