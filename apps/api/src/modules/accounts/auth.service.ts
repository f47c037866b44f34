import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { checkPassword } from '@confer/libs/password-policy';
import { isPlausibleEmail, normalizeEmail } from '@confer/libs/text';
import { isValidTimeZone } from '@confer/libs/time-zone';
import { RateLimited, RateLimitService } from '../../core/auth/rate-limit.service';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/app-config';
import { Tx, TransactionRunner } from '../../core/database/transaction-runner';
import { RealtimeGateway } from '../../core/realtime/realtime.gateway';
import { MailService } from '../mail/mail.service';
import { AccountTokenRepository } from './account-token.repository';
import { accountEmails } from './account-emails.template';
import { AccountsException } from './accounts.exception';
import { TokenPurpose } from './entities/account-token.entity';
import { UserEntity } from './entities/user.entity';
import { PasswordHasher } from './password-hasher';
import { SessionRepository } from './session.repository';
import { UserRepository } from './user.repository';

export interface SignUpData {
  email: string;
  password: string;
  displayName: string;
  timeZone: string;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Sign-up, verification, log-in and passwords. Sessions themselves are handled by the resolver (HTTP concern). */
@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly users: UserRepository,
    private readonly tokens: AccountTokenRepository,
    private readonly sessions: SessionRepository,
    private readonly hasher: PasswordHasher,
    private readonly mail: MailService,
    private readonly transactions: TransactionRunner,
    private readonly limits: RateLimitService,
    private readonly realtime: RealtimeGateway,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * A refused log-in is a security event operators must see. The address is logged only as a digest
   * (enough to correlate attempts on one account), never in clear; the password is never logged.
   */
  private reportBruteForce(scope: 'account' | 'ip', email: string, ip: string, retryAfterSeconds: number): void {
    const account = createHash('sha256').update(email).digest('hex').slice(0, 16);
    this.logger.warn({ event: 'login_rate_limited', scope, account, ip, retryAfterSeconds });
  }

  private async limit(name: Parameters<RateLimitService['consume']>[0], key: string): Promise<void> {
    try {
      await this.limits.consume(name, key);
    } catch (e) {
      if (e instanceof RateLimited) throw new AccountsException('TOO_MANY_ATTEMPTS', { retryAfterSeconds: e.retryAfterSeconds });
      throw e;
    }
  }

  private validEmail(raw: string): string {
    const email = normalizeEmail(raw);
    if (!isPlausibleEmail(email)) throw new AccountsException('INVALID_EMAIL', { fields: { email: 'Enter a valid email address.' } });
    return email;
  }

  private validPassword(password: string, context: { email?: string; displayName?: string }, field = 'password'): void {
    const verdict = checkPassword(password, context);
    if (!verdict.ok) throw new AccountsException('WEAK_PASSWORD', { fields: { [field]: verdict.message } }, verdict.message);
  }

  private async issueToken(tx: Tx, userId: string, purpose: TokenPurpose, ttlMs: number): Promise<string> {
    // An older reset link stops working when a new one is sent; older verification links stay valid
    // (they prove the same thing, and people click whichever email they open first).
    if (purpose === 'reset_password') await this.tokens.revokeOpen(userId, purpose, tx);
    const token = randomBytes(32).toString('base64url');
    await this.tokens.insert({ userId, purpose, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + ttlMs) }, tx);
    return token;
  }

  private async sendVerification(tx: Tx, user: Pick<UserEntity, 'id' | 'email' | 'displayName'>): Promise<void> {
    const hours = this.config.tokenTtl.emailVerificationHours;
    const token = await this.issueToken(tx, user.id, 'verify_email', hours * 3600_000);
    const mail = accountEmails.verifyEmail(user.displayName, `${this.config.publicUrl}/verify-email?token=${token}`, hours);
    await this.mail.enqueue(tx, { kind: 'verify-email', to: user.email, ...mail });
  }

  /** Same answer whether or not the address has an account; the owner of a taken address gets an email. */
  async signUp(input: SignUpData, ip: string): Promise<void> {
    const email = this.validEmail(input.email);
    const displayName = input.displayName.trim();
    if (!displayName) throw new AccountsException('INVALID_NAME', { fields: { displayName: 'Enter your name.' } });
    this.validPassword(input.password, { email, displayName });
    if (!isValidTimeZone(input.timeZone)) throw new AccountsException('UNKNOWN_TIME_ZONE', { fields: { timeZone: 'Unknown time zone.' } });
    await this.limit('signup', ip);
    const passwordHash = await this.hasher.hash(input.password);
    await this.transactions.run(async (tx) => {
      const created = await this.users.insertIfNew({ email, passwordHash, displayName, timeZone: input.timeZone }, tx);
      if (created) {
        await this.sendVerification(tx, created);
        return;
      }
      const owner = await this.users.findByEmail(email, tx);
      if (!owner) return;
      const mail = accountEmails.alreadyRegistered(owner.displayName, `${this.config.publicUrl}/login`, `${this.config.publicUrl}/forgot-password`);
      await this.mail.enqueue(tx, { kind: 'already-registered', to: owner.email, ...mail });
    });
    this.mail.nudge();
  }

  async requestEmailVerification(rawEmail: string, ip: string): Promise<void> {
    const email = this.validEmail(rawEmail);
    await this.limit('account-email', `${ip}|${email}`);
    await this.transactions.run(async (tx) => {
      const user = await this.users.findByEmail(email, tx);
      if (user && !user.emailVerifiedAt) await this.sendVerification(tx, user);
    });
    this.mail.nudge();
  }

  async verifyEmail(token: string): Promise<void> {
    await this.transactions.run(async (tx) => {
      const consumed = await this.tokens.consume(hashToken(token), 'verify_email', tx);
      if (!consumed) throw new AccountsException('TOKEN_INVALID');
      await this.users.markEmailVerified(consumed.userId, tx);
    });
  }

  /**
   * Checks the password, slowing brute force per (address, IP) and per IP. Returns the user for the
   * caller to start a fresh session. Unverified accounts get a new link instead of a session.
   */
  async logIn(rawEmail: string, password: string, ip: string): Promise<UserEntity> {
    const email = normalizeEmail(rawEmail);
    const pairKey = `${email}|${ip}`;
    for (const [limiter, key] of [['login-failures', pairKey], ['login-failures-ip', ip]] as const) {
      try {
        await this.limits.assertAllowed(limiter, key);
      } catch (e) {
        if (!(e instanceof RateLimited)) throw e;
        this.reportBruteForce(limiter === 'login-failures' ? 'account' : 'ip', email, ip, e.retryAfterSeconds);
        throw new AccountsException('TOO_MANY_ATTEMPTS', { retryAfterSeconds: e.retryAfterSeconds });
      }
    }
    const user = isPlausibleEmail(email) ? await this.users.findByEmail(email) : null;
    const ok = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !ok) {
      await this.limit('login-failures', pairKey);
      await this.limit('login-failures-ip', ip);
      throw new AccountsException('INVALID_CREDENTIALS');
    }
    await this.limits.reset('login-failures', pairKey);
    if (!user.emailVerifiedAt) {
      await this.limit('account-email', `${ip}|${email}`).catch(() => undefined);
      await this.transactions.run((tx) => this.sendVerification(tx, user));
      this.mail.nudge();
      throw new AccountsException('EMAIL_NOT_VERIFIED');
    }
    return user;
  }

  /** Ends one device's session: the caller destroys the HTTP session, this closes its sockets. */
  async logOut(userId: string, sid: string): Promise<void> {
    await this.realtime.disconnectSession(userId, sid);
  }

  async logOutEverywhere(userId: string): Promise<void> {
    await this.sessions.deleteAllForUser(userId);
    this.realtime.disconnectUser(userId);
  }

  async requestPasswordReset(rawEmail: string, ip: string): Promise<void> {
    const email = this.validEmail(rawEmail);
    await this.limit('account-email', `${ip}|${email}`);
    await this.transactions.run(async (tx) => {
      const user = await this.users.findByEmail(email, tx);
      if (!user) return;
      const minutes = this.config.tokenTtl.passwordResetMinutes;
      const token = await this.issueToken(tx, user.id, 'reset_password', minutes * 60_000);
      const mail = accountEmails.passwordReset(user.displayName, `${this.config.publicUrl}/reset-password?token=${token}`, minutes);
      await this.mail.enqueue(tx, { kind: 'password-reset', to: user.email, ...mail });
    });
    this.mail.nudge();
  }

  /** A reset proves control of the address, so it also verifies it; every session of the account ends. */
  async resetPassword(token: string, newPassword: string): Promise<void> {
    const passwordHash = await this.hasher.hash(newPassword);
    await this.transactions.run(async (tx) => {
      const consumed = await this.tokens.consume(hashToken(token), 'reset_password', tx);
      if (!consumed) throw new AccountsException('TOKEN_INVALID');
      const user = await this.users.findById(consumed.userId, tx);
      if (!user) throw new AccountsException('TOKEN_INVALID');
      // Checked inside the transaction: a weak password rolls back and the link stays usable.
      this.validPassword(newPassword, { email: user.email, displayName: user.displayName }, 'newPassword');
      await this.users.setPassword(user.id, passwordHash, tx);
      await this.users.markEmailVerified(user.id, tx);
      await this.sessions.deleteAllForUser(user.id, undefined, tx);
      const mail = accountEmails.passwordChanged(user.displayName, `${this.config.publicUrl}/forgot-password`);
      await this.mail.enqueue(tx, { kind: 'password-changed', to: user.email, ...mail });
      return user.id;
    }).then((userId) => this.realtime.disconnectUser(userId));
    this.mail.nudge();
  }

  async changePassword(userId: string, currentPassword: string, newPassword: string, currentSid: string): Promise<void> {
    const user = await this.users.findById(userId);
    if (!user) throw new AccountsException('SIGN_IN_REQUIRED');
    await this.limits.assertAllowed('login-failures', `${user.email}|change`).catch((e) => {
      if (e instanceof RateLimited) throw new AccountsException('TOO_MANY_ATTEMPTS', { retryAfterSeconds: e.retryAfterSeconds });
      throw e;
    });
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) {
      await this.limit('login-failures', `${user.email}|change`);
      throw new AccountsException('WRONG_PASSWORD', { fields: { currentPassword: 'Your current password is not correct.' } });
    }
    this.validPassword(newPassword, { email: user.email, displayName: user.displayName }, 'newPassword');
    const passwordHash = await this.hasher.hash(newPassword);
    await this.transactions.run(async (tx) => {
      await this.users.setPassword(user.id, passwordHash, tx);
      await this.sessions.deleteAllForUser(user.id, currentSid, tx);
      const mail = accountEmails.passwordChanged(user.displayName, `${this.config.publicUrl}/forgot-password`);
      await this.mail.enqueue(tx, { kind: 'password-changed', to: user.email, ...mail });
    });
    await this.realtime.disconnectSessions(user.id, currentSid);
    this.mail.nudge();
  }
}
