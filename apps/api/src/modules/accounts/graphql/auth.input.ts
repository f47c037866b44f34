import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { IsCleanText } from '../../../core/graphql/input-rules';

// Shape limits only; the password policy and address rules are checked in the service (shared with the web app).
@InputType()
export class SignUpInput {
  @Field() @IsString() @MaxLength(254) @IsCleanText() email: string;
  @Field() @IsString() @MaxLength(1024) password: string;
  @Field() @IsString() @MinLength(1) @MaxLength(80) @IsCleanText() displayName: string;
  @Field() @IsString() @MaxLength(64) @IsCleanText() timeZone: string;
}

@InputType()
export class LogInInput {
  @Field() @IsString() @MaxLength(254) @IsCleanText() email: string;
  @Field() @IsString() @MaxLength(1024) password: string;
}

@InputType()
export class ResetPasswordInput {
  @Field() @IsString() @MaxLength(200) token: string;
  @Field() @IsString() @MaxLength(1024) newPassword: string;
}

@InputType()
export class ChangePasswordInput {
  @Field() @IsString() @MaxLength(1024) currentPassword: string;
  @Field() @IsString() @MaxLength(1024) newPassword: string;
}
