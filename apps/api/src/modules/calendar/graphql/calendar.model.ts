import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('CalendarLinks', { description: 'Your personal feed (secret: anyone with the link can read it) and the public events feed.' })
export class CalendarLinksModel {
  @Field() httpsUrl: string;
  @Field({ description: 'The same feed for calendar programs that subscribe via webcal://.' }) webcalUrl: string;
  @Field({ description: 'Opens Google Calendar’s "add by URL" with your feed.' }) googleUrl: string;
  @Field() publicHttpsUrl: string;
  @Field() publicWebcalUrl: string;
}
