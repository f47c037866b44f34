import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import type { Server as IoServer } from 'socket.io';
import { RealtimeGateway } from '../realtime/realtime.gateway';

export interface DrainResult {
  /** Requests still running when the drain time ran out (their connections were cut). */
  cutConnections: boolean;
  ms: number;
}

/**
 * Stops accepting (the listening socket closes at once, so a balancer moves on), disconnects this
 * process's sockets, and waits up to `timeoutMs` for requests in flight to answer. Keep-alive
 * connections are closed as soon as they are idle; whatever is still open at the deadline is cut.
 */
export async function drainHttp(app: INestApplication, timeoutMs: number): Promise<DrainResult> {
  const started = Date.now();
  const server = app.getHttpServer() as Server;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Only this process's sockets: through the Redis adapter a plain disconnectSockets() reaches every process.
  const io = realtimeServer(app);
  io?.local.disconnectSockets(true);
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  server.closeIdleConnections();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([
    closed.then(() => false),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), timeoutMs);
    }),
  ]);
  clearInterval(sweep);
  clearTimeout(timer);
  if (timedOut) {
    server.closeAllConnections();
    await closed;
  }
  return { cutConnections: timedOut, ms: Date.now() - started };
}

function realtimeServer(app: INestApplication): IoServer | null {
  try {
    return app.get(RealtimeGateway, { strict: false }).server ?? null;
  } catch {
    return null;
  }
}
