import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { sessionControl } from '../../core/auth/session-control';
import { sessionCookieName } from '../../core/auth/session.setup';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/app-config';
import { clientIp } from '../../core/graphql/graphql-context';
import type { GqlContext } from '../../core/graphql/graphql-context';
import { AccountsException } from './accounts.exception';
import { AuthService } from './auth.service';
import { toAccount } from './graphql/account.mapper';
import { AccountModel, OkResultModel } from './graphql/account.model';
import { ChangePasswordInput, LogInInput, ResetPasswordInput, SignUpInput } from './graphql/auth.input';
import { MembershipService } from './membership.service';

const OK: OkResultModel = { ok: true };

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly memberships: MembershipService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => OkResultModel, { description: 'Always answers ok; a verification link (or a note to an existing owner) is emailed.' })
  async signUp(@Context() ctx: GqlContext, @Args('input') input: SignUpInput): Promise<OkResultModel> {
    await this.auth.signUp(input, clientIp(ctx.req));
    return OK;
  }

  @Mutation(() => OkResultModel)
  async requestEmailVerification(@Context() ctx: GqlContext, @Args('email') email: string): Promise<OkResultModel> {
    await this.auth.requestEmailVerification(email.slice(0, 254), clientIp(ctx.req));
    return OK;
  }

  @Mutation(() => OkResultModel)
  async verifyEmail(@Args('token') token: string): Promise<OkResultModel> {
    await this.auth.verifyEmail(token.slice(0, 200));
    return OK;
  }

  @Mutation(() => AccountModel)
  async logIn(@Context() ctx: GqlContext, @Args('input') input: LogInInput): Promise<AccountModel> {
    const user = await this.auth.logIn(input.email, input.password, clientIp(ctx.req));
    await sessionControl.start(ctx.req, user.id);
    return toAccount(user);
  }

  @Mutation(() => OkResultModel)
  async logOut(@Context() ctx: GqlContext): Promise<OkResultModel> {
    const userId = ctx.req.session?.userId;
    const sid = ctx.req.sessionID;
    await sessionControl.end(ctx.req, ctx.res, sessionCookieName(this.config));
    if (userId && sid) await this.auth.logOut(userId, sid);
    return OK;
  }

  @Mutation(() => OkResultModel, { description: 'Ends every session of this account on every device.' })
  async logOutEverywhere(@Context() ctx: GqlContext): Promise<OkResultModel> {
    const { user } = await this.memberships.current(ctx);
    if (!user) throw new AccountsException('SIGN_IN_REQUIRED');
    await this.auth.logOutEverywhere(user.id);
    await sessionControl.end(ctx.req, ctx.res, sessionCookieName(this.config));
    return OK;
  }

  @Mutation(() => OkResultModel, { description: 'Always answers ok; a reset link is emailed if the account exists.' })
  async requestPasswordReset(@Context() ctx: GqlContext, @Args('email') email: string): Promise<OkResultModel> {
    await this.auth.requestPasswordReset(email.slice(0, 254), clientIp(ctx.req));
    return OK;
  }

  @Mutation(() => OkResultModel)
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<OkResultModel> {
    await this.auth.resetPassword(input.token, input.newPassword);
    return OK;
  }

  @Mutation(() => OkResultModel, { description: 'Other sessions of the account end; this one stays.' })
  async changePassword(@Context() ctx: GqlContext, @Args('input') input: ChangePasswordInput): Promise<OkResultModel> {
    const { user } = await this.memberships.current(ctx);
    if (!user) throw new AccountsException('SIGN_IN_REQUIRED');
    await this.auth.changePassword(user.id, input.currentPassword, input.newPassword, ctx.req.sessionID);
    return OK;
  }
}
