import { Controller, Get, Inject, NotFoundException, Param } from '@nestjs/common';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/app-config';

const EML = /^[0-9TZ-]+_([0-9a-f-]{36})\.eml$/;

/** Development only (never mounted in production): the captured outgoing mail, for people and tests. */
@Controller('dev/mail/api')
export class DevMailController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private async files(): Promise<{ id: string; file: string }[]> {
    const names = await readdir(this.config.mailDir).catch(() => [] as string[]);
    return names
      .filter((n) => EML.test(n))
      .sort()
      .reverse()
      .map((file) => ({ id: EML.exec(file)![1], file }));
  }

  @Get('messages')
  async list() {
    const files = (await this.files()).slice(0, 200);
    return Promise.all(
      files.map(async ({ id, file }) => {
        const parsed = await simpleParser(await readFile(join(this.config.mailDir, file)));
        return { id, to: parsed.to ? [parsed.to].flat().map((a) => a.text).join(', ') : '', subject: parsed.subject ?? '', date: parsed.date?.toISOString() ?? null };
      }),
    );
  }

  @Get('messages/:id')
  async get(@Param('id') id: string) {
    const found = (await this.files()).find((f) => f.id === id);
    if (!found) throw new NotFoundException();
    const parsed = await simpleParser(await readFile(join(this.config.mailDir, found.file)));
    return {
      id,
      from: parsed.from?.text ?? '',
      to: parsed.to ? [parsed.to].flat().map((a) => a.text).join(', ') : '',
      subject: parsed.subject ?? '',
      date: parsed.date?.toISOString() ?? null,
      text: parsed.text ?? '',
      html: typeof parsed.html === 'string' ? parsed.html : null,
      attachments: parsed.attachments.map((a) => ({ filename: a.filename ?? null, contentType: a.contentType })),
    };
  }
}
