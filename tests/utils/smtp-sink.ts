import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SunkMessage {
  to: string[];
  messageId: string | null;
  subject: string;
}

/**
 * A local SMTP server that accepts every message (as a real relay would once it has the final dot)
 * and remembers it, for process tests: point SMTP_URL at `url`. `delayMs` slows each message down
 * before its data is accepted, so a backlog can build up and a process can be caught mid-send.
 */
export class SmtpSink {
  readonly messages: SunkMessage[] = [];
  private server: SMTPServer | null = null;
  private waitingRecipients = 0;
  /** Connection-level errors seen (a killed sender shows up here as ECONNRESET). */
  readonly connectionErrors: string[] = [];
  port = 0;
  delayMs = 0;

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Messages whose recipient list the sink is holding right now (a sender is waiting on it). */
  get holding(): number {
    return this.waitingRecipients;
  }

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      // The slow step is before the data: a sender killed while waiting here has not handed the message over.
      onRcptTo: (_address, _session, callback) => {
        if (!this.delayMs) return callback();
        this.waitingRecipients += 1;
        setTimeout(() => {
          this.waitingRecipients -= 1;
          callback();
        }, this.delayMs);
      },
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            this.messages.push({
              to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
              messageId: parsed.messageId ?? null,
              subject: parsed.subject ?? '',
            });
            callback();
          })
          .catch((e: Error) => callback(e));
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(0, '127.0.0.1', () => {
        this.server!.off('error', reject);
        resolve();
      });
    });
    // A sender killed mid-message resets its connection; smtp-server reports that as a server
    // 'error', which with no listener would throw inside the test run.
    this.server.on('error', (e: Error) => this.connectionErrors.push(e.message));
    this.port = (this.server.server.address() as { port: number }).port;
    return this;
  }

  /** How many messages each address received. */
  countsByRecipient(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const m of this.messages) for (const to of m.to) counts.set(to, (counts.get(to) ?? 0) + 1);
    return counts;
  }

  countFor(address: string): number {
    return this.countsByRecipient().get(address.toLowerCase()) ?? 0;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }
}
