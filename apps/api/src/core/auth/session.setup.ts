import connectPgSimple from 'connect-pg-simple';
import session from 'express-session';
import type { RequestHandler } from 'express';
import type { Pool } from 'pg';
import type { AppConfig } from '../config/app-config';

declare module 'express-session' {
  interface SessionData {
    userId?: string;
    authenticatedAt?: number;
  }
}

export function sessionCookieName(config: AppConfig): string {
  // The __Host- prefix makes browsers refuse the cookie unless it is Secure, host-only and Path=/.
  return config.cookieSecure ? '__Host-confer.sid' : 'confer.sid';
}

/** Server-side sessions in PostgreSQL behind an HttpOnly cookie; shared by HTTP and the socket.io handshake. */
export function createSessionMiddleware(config: AppConfig, pool: Pool): RequestHandler {
  const PgStore = connectPgSimple(session);
  return session({
    name: sessionCookieName(config),
    secret: config.sessionSecret,
    // No touch on every request (a write per read); sessions last a fixed SESSION_TTL_DAYS from log-in.
    store: new PgStore({ pool, tableName: 'sessions', createTableIfMissing: false, pruneSessionInterval: 15 * 60, disableTouch: true }),
    resave: false,
    saveUninitialized: false,
    rolling: false,
    proxy: config.cookieSecure,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: config.cookieSecure,
      path: '/',
      maxAge: config.sessionTtlDays * 24 * 3600 * 1000,
    },
  });
}
