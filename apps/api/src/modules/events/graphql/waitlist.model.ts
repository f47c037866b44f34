import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum WaitlistStatusGql {
  WAITING = 'waiting',
  OFFERED = 'offered',
  ACCEPTED = 'accepted',
  DECLINED = 'declined',
  LAPSED = 'lapsed',
  LEFT = 'left',
}
registerEnumType(WaitlistStatusGql, { name: 'WaitlistStatus' });

@ObjectType('WaitlistEntry')
export class WaitlistEntryModel {
  @Field(() => ID) id: string;
  @Field(() => ID) eventId: string;
  @Field(() => ID) ticketTypeId: string;
  @Field(() => Int) quantity: number;
  @Field(() => WaitlistStatusGql) status: WaitlistStatusGql;
  @Field(() => Int, { nullable: true, description: '1 = next in line; null when not waiting.' }) position: number | null;
  @Field(() => Date, { nullable: true, description: 'While offered: the seat is kept until then.' }) offerExpiresAt: Date | null;
  @Field(() => ID, { nullable: true }) orderId: string | null;
  @Field() createdAt: Date;
}
