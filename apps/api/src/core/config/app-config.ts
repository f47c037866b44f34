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
  /** Prepended to every Redis key and channel the app uses, so several deployments (or test runs) can share one Redis. */
  redisPrefix: string;
  sessionSecret: string;
  cookieSecure: boolean;
  sessionTtlDays: number;
  smtpUrl: string | null;
  mailFrom: string;
  mailDir: string;
  /** When true, dev-only surfaces (/dev/mail) are mounted. Never in production. */
  devTools: boolean;
  demoData: boolean;
  /** GraphQL operations compiled by graphql-jit (GRAPHQL_JIT); false runs graphql-js's interpreter. */
  graphqlJit: boolean;
  webDistDir: string;
  /** Where the code-first schema is printed; null → not printed (production). */
  schemaFile: string | null;
  jobs: {
    pollingIntervalSeconds: number;
    mailRetryLimit: number;
    mailRetryDelaySeconds: number;
    /** A job still active after this long is taken as lost (its process died) and retried. */
    expireSeconds: number;
    /** How often one process looks for such jobs (and archives old ones). */
    maintenanceSeconds: number;
  };
  /** On SIGTERM: how long in-flight HTTP requests, then jobs in flight, may take to finish. */
  shutdown: { drainSeconds: number };
  loginRateLimit: { points: number; durationSeconds: number; blockSeconds: number; perIpPerDay: number };
  signupsPerIpPerHour: number;
  tokenTtl: { emailVerificationHours: number; passwordResetMinutes: number };
  notifications: {
    /** An email about a post waits this long, so members who read it meanwhile (say, live) are not emailed. */
    emailDelaySeconds: number;
    /** How long an unsubscribe link in an email keeps working. */
    unsubscribeLinkDays: number;
  };
  events: {
    /** A checkout holds its seats this long before the pending order expires. */
    holdMinutes: number;
    /** A waiting-list offer keeps its seat this long. */
    waitlistOfferHours: number;
    /**
     * Test-only: take seats by read-then-write without the guard, so the contention test can show it
     * sees the race. Refused in production.
     */
    unguardedSeats: boolean;
  };
  directory: {
    /** Public directory submissions (new listings, updates, link requests) per IP address per hour. */
    submissionsPerIpPerHour: number;
    /** How long the edit link emailed to a listing's submitter keeps working. */
    editLinkDays: number;
  };
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** json: one JSON object per line (production, tests); pretty: one readable line (development default). */
  logFormat: 'json' | 'pretty';
  metrics: {
    /** Bearer token that opens /metrics from anywhere; null → no token accepted. */
    token: string | null;
    /** /metrics open to everyone (for a private network); otherwise only loopback or the token. */
    public: boolean;
  };
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
    redisPrefix: redisPrefix(env),
    // Outside production a fixed development secret keeps sessions across restarts.
    sessionSecret: sessionSecret || 'confer-development-session-secret-not-for-production',
    cookieSecure: bool(env, 'COOKIE_SECURE', isProduction),
    sessionTtlDays: int(env, 'SESSION_TTL_DAYS', 30, 1, 365),
    smtpUrl,
    mailFrom: env.MAIL_FROM || 'Confer <no-reply@confer.test>',
    mailDir: resolve(env.MAIL_DIR || resolve(dataDir, 'mail')),
    devTools: !isProduction && bool(env, 'DEV_TOOLS', true),
    demoData: bool(env, 'DEMO_DATA', nodeEnv !== 'test'),
    graphqlJit: bool(env, 'GRAPHQL_JIT', true),
    webDistDir: resolve(env.WEB_DIST_DIR || 'apps/web/dist'),
    schemaFile: isProduction ? null : resolve(env.SCHEMA_FILE || 'schema.gql'),
    jobs: {
      pollingIntervalSeconds: num(env, 'JOB_POLL_SECONDS', nodeEnv === 'test' ? 0.5 : 2, 0.5, 60),
      mailRetryLimit: int(env, 'MAIL_RETRY_LIMIT', 8, 0, 50),
      mailRetryDelaySeconds: int(env, 'MAIL_RETRY_DELAY_SECONDS', 10, 1, 3600),
      expireSeconds: int(env, 'JOB_EXPIRE_SECONDS', 300, 5, 23 * 3600),
      maintenanceSeconds: int(env, 'JOB_MAINTENANCE_SECONDS', 60, 1, 3600),
    },
    shutdown: { drainSeconds: int(env, 'SHUTDOWN_DRAIN_SECONDS', 10, 1, 600) },
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
    events: {
      holdMinutes: int(env, 'EVENT_HOLD_MINUTES', 15, 1, 24 * 60),
      waitlistOfferHours: int(env, 'WAITLIST_OFFER_HOURS', 48, 1, 24 * 14),
      unguardedSeats: unguardedSeats(env, isProduction),
    },
    directory: {
      submissionsPerIpPerHour: int(env, 'DIRECTORY_SUBMISSIONS_PER_IP_PER_HOUR', 10, 1, 1_000_000),
      editLinkDays: int(env, 'DIRECTORY_EDIT_LINK_DAYS', 180, 1, 3650),
    },
    logLevel,
    logFormat: logFormat(env, nodeEnv),
    metrics: { token: metricsToken(env), public: bool(env, 'METRICS_PUBLIC', false) },
  };
}

function logFormat(env: Env, nodeEnv: AppConfig['nodeEnv']): AppConfig['logFormat'] {
  const raw = env.LOG_FORMAT || (nodeEnv === 'development' ? 'pretty' : 'json');
  if (raw !== 'json' && raw !== 'pretty') throw new ConfigError(`LOG_FORMAT must be json or pretty (got "${raw}")`);
  return raw;
}

function metricsToken(env: Env): string | null {
  const raw = env.METRICS_TOKEN;
  if (raw === undefined || raw === '') return null;
  // Sent as a Bearer token: visible characters only, long enough not to be guessed.
  if (raw.length < 24 || !/^[\x21-\x7e]+$/.test(raw)) throw new ConfigError('METRICS_TOKEN must be at least 24 visible characters (no spaces)');
  return raw;
}

// Channels are subscribed by pattern (prefix + '*'), so glob characters would match other deployments' channels.
function redisPrefix(env: Env): string {
  const raw = env.REDIS_PREFIX ?? 'confer:';
  if (!/^[A-Za-z0-9:_.-]{1,64}$/.test(raw)) throw new ConfigError('REDIS_PREFIX must be 1 to 64 letters, digits or : _ . - (got "' + raw + '")');
  return raw;
}

function unguardedSeats(env: Env, isProduction: boolean): boolean {
  const on = bool(env, 'EVENTS_UNGUARDED_SEATS', false);
  if (on && isProduction) throw new ConfigError('EVENTS_UNGUARDED_SEATS is a test-only switch and is refused in production');
  return on;
}
