import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { EmailModeGql, WatchLevelGql } from './notification.model';

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(200) @IsUUID('all', { each: true }) ids?: string[] | null;
  @Field({ defaultValue: false }) @IsBoolean() all: boolean;
}

@InputType()
export class SetForumWatchInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() threadId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() categoryId?: string | null;
  @Field(() => WatchLevelGql) @IsIn(Object.values(WatchLevelGql)) level: WatchLevelGql;
}

@InputType()
export class SetNotificationPreferencesInput {
  @Field(() => EmailModeGql) @IsIn(Object.values(EmailModeGql)) emailMode: EmailModeGql;
}
