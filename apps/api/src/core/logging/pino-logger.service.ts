import { Logger as NestLogger, LoggerService } from '@nestjs/common';
import pino, { DestinationStream, Logger as Pino } from 'pino';
import type { AppConfig } from '../config/app-config';
import { currentRequestId } from './request-context';

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

// Nest's start-up chatter (one line per module and route) is only useful when debugging.
const QUIET_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'WebSocketsController', 'GraphQLModule']);

/** Field names whose values never reach a log line, wherever a caller puts them. */
export const REDACTED_KEYS = ['password', 'newPassword', 'currentPassword', 'token', 'cookie', 'authorization', 'body', 'variables', 'text', 'html'];

/**
 * Only the name, message, code and stack of an error: enumerable extras (a failed query's
 * parameters, a request's body) may hold members' data.
 */
export function serializeError(e: unknown): Record<string, unknown> {
  if (!(e instanceof Error)) return { message: String(e) };
  const code = (e as { code?: unknown }).code;
  return { type: e.name, message: e.message, ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}), stack: e.stack };
}

/** The pino logger every part of the app writes to (through Nest's Logger or directly). */
export function createPino(config: Pick<AppConfig, 'logLevel' | 'logFormat'>, destination?: DestinationStream): Pino {
  const paths = REDACTED_KEYS.flatMap((k) => [k, `*.${k}`]).concat(['req.headers.cookie', 'req.headers.authorization', 'headers.cookie', 'headers.authorization']);
  return pino(
    {
      level: config.logLevel,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: serializeError },
      redact: { paths, censor: '[redacted]' },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    destination ?? (config.logFormat === 'pretty' ? prettyStream() : pino.destination({ dest: 1, sync: false })),
  );
}

const loggers = new WeakMap<object, PinoLoggerService>();

/**
 * The app's logger for this config, also installed as Nest's global logger so that lines written
 * before the app exists (starting the embedded database) are JSON too.
 */
export function useAppLogger(config: Pick<AppConfig, 'logLevel' | 'logFormat'>): PinoLoggerService {
  let logger = loggers.get(config);
  if (!logger) {
    logger = new PinoLoggerService(createPino(config));
    loggers.set(config, logger);
  }
  NestLogger.overrideLogger(logger);
  return logger;
}

/** Nest's LoggerService over pino: every `new Logger(context)` in the app writes JSON lines. */
export class PinoLoggerService implements LoggerService {
  constructor(readonly pino: Pino) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    // Nest appends the context as the last string argument; error() may carry a stack before it.
    const rest = [...params];
    const context = typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const stack = level === 'error' && typeof rest[0] === 'string' && rest[0].includes('\n    at ') ? (rest.shift() as string) : undefined;
    const effective = level === 'info' && context && QUIET_CONTEXTS.has(context) ? 'debug' : level;
    if (!this.pino.isLevelEnabled(effective)) return;
    const fields: Record<string, unknown> = context ? { context } : {};
    if (message instanceof Error) {
      this.pino[effective]({ ...fields, err: message }, message.message);
    } else if (typeof message === 'string') {
      this.pino[effective](stack ? { ...fields, err: { type: 'Error', message, stack } } : fields, message);
    } else if (message && typeof message === 'object' && typeof (message as { msg?: unknown }).msg === 'string') {
      // Structured call: logger.debug({ msg, ...fields }); redaction still applies to the fields.
      const { msg, ...rest } = message as { msg: string };
      this.pino[effective]({ ...fields, ...rest }, msg);
    } else {
      this.pino[effective]({ ...fields, detail: message }, 'detail');
    }
  }
}

/** Development: the same records as one readable line each (time, level, context, message, fields). */
function prettyStream(): DestinationStream {
  const colours: Record<string, string> = { fatal: '35', error: '31', warn: '33', info: '32', debug: '36', trace: '90' };
  return {
    write(line: string) {
      const { time, level, msg, context, pid: _pid, err, ...fields } = JSON.parse(line) as Record<string, any>;
      const extra = Object.entries(fields).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(' ');
      const head = `${String(time).slice(11, 23)} \x1b[${colours[level] ?? '0'}m${String(level).toUpperCase().padEnd(5)}\x1b[0m`;
      process.stdout.write(`${head} ${context ? `[${context}] ` : ''}${msg ?? ''}${extra ? ` \x1b[90m${extra}\x1b[0m` : ''}\n${err?.stack ? `${err.stack}\n` : ''}`);
    },
  };
}
