import { resolve } from 'node:path';

/** Every setting the app reads from the environment. `process.env` is read here and nowhere else. */
export interface AppConfig {
  nodeEnv: 'development' | 'test' | 'production';
  isProduction: boolean;
  port: number;
  host: string;
  /** Public base URL used in links inside emails and calendar feeds. */
  publicUrl: string;
  /** Unset → the app starts its own embedded PostgreSQL. */
  databaseUrl: string | null;
  embeddedPg: { port: number; dataDir: string; user: string; password: string; database: string };
  redisUrl: string | null;
  sessionSecret: string;
  cookieSecure: boolean;
  sessionTtlDays: number;
  smtpUrl: string | null;
  mailFrom: string;
  mailDir: string;
  /** When true, dev-only surfaces (/dev/mail) are mounted. Never in production. */
  devTools: boolean;
  demoData: boolean;
  webDistDir: string;
  /** Where the code-first schema is printed; null → not printed (production). */
  schemaFile: string | null;
  jobs: { pollingIntervalSeconds: number; mailRetryLimit: number; mailRetryDelaySeconds: number };
  loginRateLimit: { points: number; durationSeconds: number; blockSeconds: number; perIpPerDay: number };
  signupsPerIpPerHour: number;
  tokenTtl: { emailVerificationHours: number; passwordResetMinutes: number };
  notifications: {
    /** An email about a post waits this long, so members who read it meanwhile (say, live) are not emailed. */
    emailDelaySeconds: number;
    /** How long an unsubscribe link in an email keeps working. */
    unsubscribeLinkDays: number;
  };
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
  }
  return value;
}

function num(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a number between ${min} and ${max} (got "${raw}")`);
  }
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false (got "${raw}")`);
}

function url(env: Env, name: string, protocols: string[]): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  return raw;
}

/** Reads and validates the environment; throws ConfigError naming the variable that is wrong. */
export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnvRaw = env.NODE_ENV ?? 'development';
  if (!['development', 'test', 'production'].includes(nodeEnvRaw)) {
    throw new ConfigError(`NODE_ENV must be development, test or production (got "${nodeEnvRaw}")`);
  }
  const nodeEnv = nodeEnvRaw as AppConfig['nodeEnv'];
  const isProduction = nodeEnv === 'production';
  const port = int(env, 'PORT', 3000, 0, 65535);
  const dataDir = resolve(env.DATA_DIR || '.data');

  const sessionSecret = env.SESSION_SECRET ?? '';
  if (isProduction && sessionSecret.length < 32) {
    throw new ConfigError('SESSION_SECRET must be set to at least 32 characters in production');
  }
  if (sessionSecret && sessionSecret.length < 32) {
    throw new ConfigError('SESSION_SECRET must be at least 32 characters');
  }
  const smtpUrl = url(env, 'SMTP_URL', ['smtp:', 'smtps:']);
  if (isProduction && !smtpUrl) throw new ConfigError('SMTP_URL must be set in production');

  const publicUrl = url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port || 3000}`;
  const logLevel = (env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'warn' : 'info')) as AppConfig['logLevel'];
  if (!['debug', 'info', 'warn', 'error', 'silent'].includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL must be one of debug, info, warn, error, silent');
  }

  return {
    nodeEnv,
    isProduction,
    port,
    host: env.HOST || '0.0.0.0',
    publicUrl: publicUrl.replace(/\/+$/, ''),
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    embeddedPg: {
      port: int(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
      dataDir: resolve(dataDir, 'pg'),
      user: 'confer',
      password: 'confer',
      database: 'confer',
    },
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    // Outside production a fixed development secret keeps sessions across restarts.
    sessionSecret: sessionSecret || 'confer-development-session-secret-not-for-production',
    cookieSecure: bool(env, 'COOKIE_SECURE', isProduction),
    sessionTtlDays: int(env, 'SESSION_TTL_DAYS', 30, 1, 365),
    smtpUrl,
    mailFrom: env.MAIL_FROM || 'Confer <no-reply@confer.test>',
    mailDir: resolve(env.MAIL_DIR || resolve(dataDir, 'mail')),
    devTools: !isProduction && bool(env, 'DEV_TOOLS', true),
    demoData: bool(env, 'DEMO_DATA', nodeEnv !== 'test'),
    webDistDir: resolve(env.WEB_DIST_DIR || 'apps/web/dist'),
    schemaFile: isProduction ? null : resolve(env.SCHEMA_FILE || 'schema.gql'),
    jobs: {
      pollingIntervalSeconds: num(env, 'JOB_POLL_SECONDS', nodeEnv === 'test' ? 0.5 : 2, 0.5, 60),
      mailRetryLimit: int(env, 'MAIL_RETRY_LIMIT', 8, 0, 50),
      mailRetryDelaySeconds: int(env, 'MAIL_RETRY_DELAY_SECONDS', 10, 1, 3600),
    },
    loginRateLimit: {
      points: int(env, 'LOGIN_MAX_FAILURES', 5, 1, 1000),
      durationSeconds: int(env, 'LOGIN_WINDOW_SECONDS', 15 * 60, 1, 86400),
      blockSeconds: int(env, 'LOGIN_BLOCK_SECONDS', 15 * 60, 1, 86400),
      perIpPerDay: int(env, 'LOGIN_MAX_FAILURES_PER_IP', 100, 1, 1_000_000),
    },
    signupsPerIpPerHour: int(env, 'SIGNUPS_PER_IP_PER_HOUR', 20, 1, 1_000_000),
    tokenTtl: {
      emailVerificationHours: int(env, 'EMAIL_VERIFICATION_TTL_HOURS', 48, 1, 24 * 30),
      passwordResetMinutes: int(env, 'PASSWORD_RESET_TTL_MINUTES', 60, 5, 24 * 60),
    },
    notifications: {
      emailDelaySeconds: int(env, 'NOTIFY_EMAIL_DELAY_SECONDS', 120, 0, 3600),
      unsubscribeLinkDays: int(env, 'UNSUBSCRIBE_LINK_DAYS', 90, 1, 3650),
    },
    logLevel,
  };
}
