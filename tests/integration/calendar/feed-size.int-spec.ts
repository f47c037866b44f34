import request from 'supertest';
import { TestDb } from '../../utils/fixtures';
import { ForumWorld, ok } from '../../utils/forum-fixtures';
import { C, ConsultationWorld } from '../../utils/consultation-fixtures';
import { readIcs } from '../../utils/ics-reader';
import { ConsultationFeedSource } from '../../../apps/api/src/modules/consultations/consultation-feed.source';
import { CalendarService } from '../../../apps/api/src/modules/calendar/calendar.service';
import { startTestApp, TestApp } from '../../utils/test-app';

/** A personal feed of 500 items: every item present, its latency measured, and a repeat with the ETag is 304. */
describe('calendar feed with 500 items', () => {
  let t: TestApp;
  let db: TestDb;

  beforeAll(async () => {
    t = await startTestApp();
    db = await new TestDb().connect();
  });
  afterAll(async () => {
    await db?.close();
    await t?.close();
  });

  it('serves 500 consultations, p99 measured, and 304 on a repeat with its ETag', async () => {
    const cw = new ConsultationWorld(new ForumWorld(t, db));
    const expert = await cw.expert({ displayName: 'Prolific Expert' });
    const member = await cw.member({ premium: true, displayName: 'Frequent Member' });
    // Arranged in SQL: 500 half-hour bookings an hour apart (the API would need 500 real slots).
    await db.query(
      `insert into consultations (expert_id, member_id, type_id, title, mode, location, starts_at, ends_at, time_zone, blocked, intake_answer, ics_uid)
       select $1, $2, $3, 'Strategy review', 'online', 'https://meet.example.org/x',
              t, t + interval '30 minutes', 'America/New_York', tstzrange(t, t + interval '30 minutes'), 'x', 'consultation-' || gen_random_uuid() || '@confer'
       from (select timestamptz '2027-01-04T14:00:00Z' + (n || ' hours')::interval as t from generate_series(0, 499) n) s`,
      [expert.id, member.id, expert.typeId],
    );
    const url = new URL((await ok(member.client, C.feed)).myCalendarFeed.httpsUrl).pathname;
    const http = request(t.app.getHttpServer());
    const first = await http.get(url);
    expect(first.status).toBe(200);
    expect(readIcs(first.text).events).toHaveLength(500);

    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      const started = process.hrtime.bigint();
      const res = await http.get(url);
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
      expect(res.status).toBe(200);
    }
    times.sort((a, b) => a - b);
    const p50 = times[Math.floor(times.length * 0.5)];
    const p99 = times[Math.min(times.length - 1, Math.floor(times.length * 0.99))];
    const service = t.app.get(CalendarService);
    const token = url.split('/').pop()!.replace(/\.ics$/, '');
    const inProcess: number[] = [];
    for (let i = 0; i < 30; i++) {
      const started = process.hrtime.bigint();
      await (await service.personalFeed(token)).body();
      inProcess.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    inProcess.sort((a, b) => a - b);
    const source = t.app.get(ConsultationFeedSource);
    const gather: number[] = [];
    for (let i = 0; i < 30; i++) {
      const started = process.hrtime.bigint();
      await source.personalItems(member.id);
      gather.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    gather.sort((a, b) => a - b);
    console.log(`feed_500 in process: p50 ${inProcess[15].toFixed(1)} ms per unchanged poll; gathering the items (only after a change) p50 ${gather[15].toFixed(1)} ms`);
    const repeat = await http.get(url).set('If-None-Match', first.headers.etag);
    expect(repeat.status).toBe(304);
    // Reported, not a pass/fail target here (the machine is shared during tests).
    console.log(`feed_500: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, repeat with ETag → ${repeat.status}, ${first.text.length} bytes`);
    expect(p99).toBeLessThan(1000);
  });
});
