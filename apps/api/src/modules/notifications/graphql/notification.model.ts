import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum NotificationKindGql {
  REPLY = 'reply',
  MENTION = 'mention',
  WATCHED = 'watched',
}
registerEnumType(NotificationKindGql, { name: 'NotificationKind', description: 'A reply to you, a mention of you, or a new post where you follow.' });

export enum WatchLevelGql {
  WATCHING = 'watching',
  TRACKING = 'tracking',
  NORMAL = 'normal',
  MUTED = 'muted',
}
registerEnumType(WatchLevelGql, {
  name: 'WatchLevel',
  description: 'WATCHING: every post, in the app and by email. TRACKING: every post, in the app only. NORMAL: replies to you and mentions. MUTED: nothing.',
});

export enum EmailModeGql {
  IMMEDIATE = 'immediate',
  DAILY = 'daily',
  WEEKLY = 'weekly',
  OFF = 'off',
}
registerEnumType(EmailModeGql, { name: 'EmailMode', description: 'When board emails go out: one per post, a daily or weekly summary, or never.' });

export enum WatchSourceGql {
  THREAD = 'thread',
  CATEGORY = 'category',
  DEFAULT = 'default',
}
registerEnumType(WatchSourceGql, { name: 'WatchSource' });

@ObjectType('Notification', { description: 'Re-checked against the board’s access rules every time it is read.' })
export class NotificationModel {
  @Field(() => ID) id: string;
  @Field(() => NotificationKindGql) kind: NotificationKindGql;
  @Field(() => ID) threadId: string;
  @Field(() => ID) postId: string;
  @Field(() => Int) postSeq: number;
  @Field() threadTitle: string;
  @Field({ description: 'Who wrote the post, as the viewer may see them (a pseudonym for anonymous posts).' }) actorName: string;
  @Field({ description: 'The start of the post, as plain text.' }) excerpt: string;
  @Field(() => Date, { nullable: true }) readAt: Date | null;
  @Field() createdAt: Date;
}

@ObjectType('NotificationConnection')
export class NotificationConnectionModel {
  @Field(() => [NotificationModel]) nodes: NotificationModel[];
  @Field(() => String, { nullable: true }) nextCursor: string | null;
}

@ObjectType('UnreadNotifications')
export class UnreadNotificationsModel {
  @Field(() => Int) count: number;
}

@ObjectType('ForumThreadReadState')
export class ForumThreadReadStateModel {
  @Field(() => ID) threadId: string;
  @Field(() => Int) lastReadSeq: number;
  @Field(() => Int, { description: 'The viewer’s unread notifications after this change.' }) unreadNotificationCount: number;
}

@ObjectType('ForumWatch')
export class ForumWatchModel {
  @Field(() => ID, { nullable: true }) threadId: string | null;
  @Field(() => ID, { nullable: true }) categoryId: string | null;
  @Field(() => WatchLevelGql, { description: 'The level in force here.' }) level: WatchLevelGql;
  @Field(() => WatchSourceGql, { description: 'Where that level comes from: set here, inherited from the category, or the default.' }) source: WatchSourceGql;
}

@ObjectType('NotificationPreferences')
export class NotificationPreferencesModel {
  @Field(() => EmailModeGql) emailMode: EmailModeGql;
}

@ObjectType('MentionCandidate')
export class MentionCandidateModel {
  @Field(() => ID) userId: string;
  @Field() displayName: string;
  @Field({ description: 'The markdown to insert: [@Display Name](/members/<id>).' }) markdown: string;
}
