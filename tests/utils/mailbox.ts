import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParsedMail, simpleParser } from 'mailparser';

export interface CapturedMail {
  file: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  parsed: ParsedMail;
  links: string[];
}

/** Reads the .eml files the app's file transport writes, as a person would read their inbox. */
export class Mailbox {
  constructor(readonly dir: string) {}

  async all(): Promise<CapturedMail[]> {
    const files = readdirSync(this.dir).filter((f) => f.endsWith('.eml')).sort();
    return Promise.all(
      files.map(async (file) => {
        const parsed = await simpleParser(readFileSync(join(this.dir, file)));
        const to = parsed.to ? [parsed.to].flat().map((a) => a.text).join(', ') : '';
        const text = parsed.text ?? '';
        return { file, to, subject: parsed.subject ?? '', text, html: typeof parsed.html === 'string' ? parsed.html : null, parsed, links: text.match(/https?:\/\/\S+/g) ?? [] };
      }),
    );
  }

  async for(address: string): Promise<CapturedMail[]> {
    return (await this.all()).filter((m) => m.to.toLowerCase().includes(address.toLowerCase()));
  }

  /** Waits until `count` messages to `address` (optionally matching a subject) have arrived. */
  async waitFor(address: string, opts: { subject?: RegExp; count?: number; timeoutMs?: number } = {}): Promise<CapturedMail[]> {
    const deadline = Date.now() + (opts.timeoutMs ?? 15000);
    const count = opts.count ?? 1;
    for (;;) {
      const found = (await this.for(address)).filter((m) => !opts.subject || opts.subject.test(m.subject));
      if (found.length >= count) return found;
      if (Date.now() > deadline) throw new Error(`expected ${count} mail(s) to ${address}${opts.subject ? ` matching ${opts.subject}` : ''}, got ${found.length}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  static tokenFrom(mail: CapturedMail, path: string): string {
    const link = mail.links.find((l) => l.includes(path));
    if (!link) throw new Error(`no ${path} link in "${mail.subject}"`);
    return new URL(link).searchParams.get('token')!;
  }
}
