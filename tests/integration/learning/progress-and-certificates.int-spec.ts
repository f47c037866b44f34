import { inflateSync } from 'node:zlib';
import request from 'supertest';
import { TestDb } from '../../utils/fixtures';
import { fail, ForumWorld, Member, ok } from '../../utils/forum-fixtures';
import { startTestApp, TestApp } from '../../utils/test-app';
import { answers, createCourse, L, TestCourse } from './course-fixtures';

/** The words on a PDF's pages: pdfkit writes text as hex strings inside TJ arrays of deflated streams. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const texts: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index! + match[0].length;
    const end = raw.indexOf('endstream', start);
    let body: string;
    try {
      body = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const tj of body.matchAll(/\[(.*?)\]\s*TJ/g)) {
      texts.push([...tj[1].matchAll(/<([0-9a-f]*)>/gi)].map((h) => Buffer.from(h[1], 'hex').toString('latin1')).join(''));
    }
  }
  return texts.join('\n');
}

describe('certificate course: progress, quizzes and certificates', () => {
  let t: TestApp;
  let db: TestDb;
  let w: ForumWorld;
  let course: TestCourse;
  let staff: Member;

  beforeAll(async () => {
    t = await startTestApp();
    db = await new TestDb().connect();
    w = new ForumWorld(t, db);
    course = await createCourse(db, { modules: 3, questions: 3, passMark: 67 });
    staff = await w.member({ roles: ['member', 'staff'] });
  });
  afterAll(async () => {
    await db?.close();
    await t?.close();
  });

  const submit = (m: Member, moduleIndex: number, given: { questionId: string; choiceIndex: number }[]) =>
    m.client.gql(L.submit, { input: { moduleId: course.modules[moduleIndex].id, answers: given } });
  const overview = async (m: Member) => (await ok(m.client, L.course, { slug: course.slug })).course;

  it('scores on the server, tells which answers were right without the right choice, and records attempts and the best score', async () => {
    const m = await w.member({ premium: true });
    const mod = course.modules[0];
    const failed = (await submit(m, 0, answers(mod, 2))).data!.submitCourseQuiz;
    expect(failed).toMatchObject({ correctCount: 1, total: 3, scorePercent: 33, passMark: 67, passed: false, courseComplete: false, certificate: null });
    expect(failed.results).toEqual([
      { questionId: mod.questions[0].id, choiceIndex: (mod.questions[0].correct + 1) % 3, correct: false },
      { questionId: mod.questions[1].id, choiceIndex: (mod.questions[1].correct + 1) % 3, correct: false },
      { questionId: mod.questions[2].id, choiceIndex: mod.questions[2].correct, correct: true },
    ]);
    expect(failed.module).toMatchObject({ status: 'IN_PROGRESS', attempts: 1, bestScore: 33, lastScore: 33 });

    // 2 of 3 is 66%, one short of a 67% pass mark.
    const close = (await submit(m, 0, answers(mod, 1))).data!.submitCourseQuiz;
    expect(close).toMatchObject({ scorePercent: 66, passed: false });

    const passed = (await submit(m, 0, answers(mod))).data!.submitCourseQuiz;
    expect(passed).toMatchObject({ scorePercent: 100, passed: true, module: { status: 'COMPLETED', attempts: 3, bestScore: 100, lastScore: 100 } });

    // A later, worse attempt keeps the pass and the best score.
    const worse = (await submit(m, 0, answers(mod, 3))).data!.submitCourseQuiz;
    expect(worse).toMatchObject({ passed: false, module: { status: 'COMPLETED', attempts: 4, bestScore: 100, lastScore: 0 } });
    const rows = await db.query(`select score, passed from course_quiz_attempts where user_id = $1 order by created_at`, [m.id]);
    expect(rows).toEqual([
      { score: 33, passed: false },
      { score: 66, passed: false },
      { score: 100, passed: true },
      { score: 0, passed: false },
    ]);
  });

  it('refuses bad answers with a code and writes nothing: another module’s quiz, missing, repeated, impossible, malformed', async () => {
    const m = await w.member({ premium: true });
    const [m1, m2] = course.modules;
    const before = await db.snapshot();
    const cases: [unknown, string, string][] = [
      [{ moduleId: m1.id, answers: answers(m2) }, 'BAD_USER_INPUT', 'QUESTION_NOT_IN_MODULE'],
      [{ moduleId: m1.id, answers: [...answers(m1), answers(m2)[0]] }, 'BAD_USER_INPUT', 'QUESTION_NOT_IN_MODULE'],
      [{ moduleId: m1.id, answers: answers(m1).slice(1) }, 'BAD_USER_INPUT', 'INCOMPLETE_ANSWERS'],
      [{ moduleId: m1.id, answers: [] }, 'BAD_USER_INPUT', 'INCOMPLETE_ANSWERS'],
      [{ moduleId: m1.id, answers: [...answers(m1), answers(m1)[0]] }, 'BAD_USER_INPUT', 'DUPLICATE_ANSWER'],
      [{ moduleId: m1.id, answers: answers(m1).map((a, i) => (i === 0 ? { ...a, choiceIndex: 3 } : a)) }, 'BAD_USER_INPUT', 'INVALID_CHOICE'],
      [{ moduleId: m1.id, answers: answers(m1).map((a, i) => (i === 0 ? { ...a, choiceIndex: -1 } : a)) }, 'BAD_USER_INPUT', 'VALIDATION_FAILED'],
      [{ moduleId: 'not-an-id', answers: answers(m1) }, 'BAD_USER_INPUT', 'VALIDATION_FAILED'],
      [{ moduleId: m1.id, answers: answers(m1).map((a) => ({ ...a, questionId: 'nope' })) }, 'BAD_USER_INPUT', 'VALIDATION_FAILED'],
      [{ moduleId: m1.id, answers: Array.from({ length: 51 }, () => answers(m1)[0]) }, 'BAD_USER_INPUT', 'VALIDATION_FAILED'],
      [{ moduleId: '7d3b1c52-2f4a-4e0b-9a51-3c7e9f1d0a42', answers: answers(m1) }, 'NOT_FOUND', 'MODULE_NOT_FOUND'],
    ];
    for (const [input, code, reason] of cases) {
      const res = await m.client.gql(L.submit, { input });
      expect(res.status).toBeLessThan(500);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code, reason });
      expect(JSON.stringify(res.errors)).not.toMatch(/stack|at \w+ \(/);
    }
    const wrongModule = await fail(m.client, L.submit, { input: { moduleId: m1.id, answers: answers(m2) } });
    expect(wrongModule.extensions).toMatchObject({ questionId: m2.questions[0].id });
    expect(await db.snapshot()).toEqual(before);
    expect((await overview(m)).modules[0]).toMatchObject({ status: 'NOT_STARTED', attempts: 0 });
  });

  it('progress is per member and resumable: the overview sends you to the module you left', async () => {
    const a = await w.member({ premium: true });
    const b = await w.member({ premium: true });
    expect((await overview(a)).progress).toEqual({ totalModules: 3, completedModules: 0, percent: 0, resumeModuleSlug: 'module-1', complete: false });

    await ok(a.client, L.submit, { input: { moduleId: course.modules[0].id, answers: answers(course.modules[0]) } });
    expect((await overview(a)).progress).toMatchObject({ completedModules: 1, percent: 33, resumeModuleSlug: 'module-2' });

    // Jumping ahead to module 3 and reading it: that is where to continue.
    const read = (await ok(a.client, L.markRead, { id: course.modules[2].id })).markCourseModuleRead;
    expect(read).toMatchObject({ id: course.modules[2].id, status: 'IN_PROGRESS' });
    const after = await overview(a);
    expect(after.progress.resumeModuleSlug).toBe('module-3');
    expect(after.modules.map((m: any) => m.status)).toEqual(['COMPLETED', 'NOT_STARTED', 'IN_PROGRESS']);

    // Member B's progress is untouched by A's.
    expect((await overview(b)).progress).toMatchObject({ completedModules: 0, resumeModuleSlug: 'module-1' });
    expect((await overview(b)).modules.map((m: any) => m.status)).toEqual(['NOT_STARTED', 'NOT_STARTED', 'NOT_STARTED']);
  });

  it('finishing the last module issues one certificate; the public page verifies name, course and date only; a made-up code is NOT_FOUND', async () => {
    const m = await w.member({ premium: true, displayName: 'Dr Ada Lovelace' });
    for (const [i, mod] of course.modules.entries()) {
      const result = (await ok(m.client, L.submit, { input: { moduleId: mod.id, answers: answers(mod) } })).submitCourseQuiz;
      expect(result.courseComplete).toBe(i === course.modules.length - 1);
      expect(result.certificate === null).toBe(i < course.modules.length - 1);
    }
    const { certificate, progress } = await overview(m);
    expect(progress).toMatchObject({ completedModules: 3, percent: 100, resumeModuleSlug: null, complete: true });
    expect(certificate).toMatchObject({ holderName: 'Dr Ada Lovelace', courseTitle: course.title });
    expect(certificate.code).toMatch(/^SFHC(-[0-9A-HJKMNP-TV-Z]{5}){4}$/);
    expect(certificate.verifyUrl).toBe(`${t.baseUrl}/certificates/${certificate.code}`);

    // Passing again does not issue a second certificate.
    const again = (await ok(m.client, L.submit, { input: { moduleId: course.modules[0].id, answers: answers(course.modules[0]) } })).submitCourseQuiz;
    expect(again.certificate.code).toBe(certificate.code);
    expect(await db.query(`select code from course_certificates where user_id = $1`, [m.id])).toEqual([{ code: certificate.code }]);

    // Anyone can verify, signed in or not; the answer holds name, course and date, nothing else.
    const res = await w.visitor().gql(L.verify, { code: certificate.code.toLowerCase().replace(/-/g, ' ') });
    expect(res.data.verifyCertificate).toEqual({ code: certificate.code, holderName: 'Dr Ada Lovelace', courseTitle: course.title, issuedAt: certificate.issuedAt });
    const wider = await w.visitor().gql(`query($c: String!) { verifyCertificate(code: $c) { holderName email } }`, { c: certificate.code });
    expect(wider.errors?.[0]?.message).toMatch(/email/);

    const madeUp = await fail(w.visitor(), L.verify, { code: 'SFHC-ABCDE-FGHJK-MNPQR-STVWX' });
    expect(madeUp.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CERTIFICATE_NOT_FOUND' });
    for (const bad of ['hello', '', 'SFHC-'.padEnd(5000, 'A'), "SFHC-' or 1=1 --"]) {
      expect((await fail(w.visitor(), L.verify, { code: bad })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CERTIFICATE_CODE' });
    }
    expect((await ok(m.client, L.myCertificates)).myCertificates).toEqual([{ code: certificate.code, holderName: 'Dr Ada Lovelace', courseTitle: course.title }]);
  });

  it('two last modules passed at the same moment still issue exactly one certificate', async () => {
    // Without the per-member lock in submitQuiz this fails most rounds: each transaction misses the
    // other's uncommitted pass and neither issues the certificate.
    for (let round = 0; round < 6; round += 1) {
      const m = await w.member({ premium: true });
      await ok(m.client, L.submit, { input: { moduleId: course.modules[0].id, answers: answers(course.modules[0]) } });
      // Modules 2 and 3 together: whichever commits second must see the other's pass.
      const results = await Promise.all([1, 2].map((i) => submit(m, i, answers(course.modules[i]))));
      expect(results.every((r) => !r.errors)).toBe(true);
      const rows = await db.query(`select code from course_certificates where user_id = $1`, [m.id]);
      expect(rows).toHaveLength(1);
      const codes = new Set(results.map((r) => r.data.submitCourseQuiz.certificate?.code).filter(Boolean));
      expect([...codes]).toEqual([rows[0].code]);
      expect((await db.query(`select attempts from course_module_progress where user_id = $1`, [m.id])).map((r) => r.attempts)).toEqual([1, 1, 1]);
    }
  });

  it('the PDF downloads for its holder and staff only, starts with %PDF and carries the name and code', async () => {
    const holder = await w.member({ premium: true, displayName: 'Nurse Florence Nightingale' });
    for (const mod of course.modules) await ok(holder.client, L.submit, { input: { moduleId: mod.id, answers: answers(mod) } });
    const { certificate } = await overview(holder);
    const path = `/downloads/certificates/${certificate.code}`;
    expect(certificate.pdfUrl).toBe(`${t.baseUrl}${path}`);

    const res = await holder.client.agent.get(path).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/pdf/);
    expect(res.headers['content-disposition']).toContain(`certificate-${certificate.code}.pdf`);
    expect(res.headers['cache-control']).toContain('no-store');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Nurse Florence Nightingale');
    expect(text).toContain(certificate.code);
    expect(text).toContain(course.title);

    expect((await staff.client.agent.get(path)).status).toBe(200);
    const other = await w.member({ premium: true });
    const otherRes = await other.client.agent.get(path);
    const madeUpRes = await other.client.agent.get('/downloads/certificates/SFHC-ABCDE-FGHJK-MNPQR-STVWX');
    expect(otherRes.status).toBe(404);
    expect(madeUpRes.status).toBe(404);
    expect(otherRes.text).toBe(madeUpRes.text);
    expect((await request(t.app.getHttpServer()).get(path)).status).toBe(401);
  });
});
