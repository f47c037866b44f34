import { TestDb } from '../../utils/fixtures';
import { fail, ForumWorld, Member, ok } from '../../utils/forum-fixtures';
import { startTestApp, TestApp } from '../../utils/test-app';
import { createCourse, L, TestCourse } from './course-fixtures';

const DRAFT_FIELDS = `id courseSlug slug position title summary estimatedMinutes contentMd videoUrl passMark questions { prompt choices correctIndex }`;
const SAVE = `mutation($input: CourseModuleDraftInput!) { saveCourseModule(input: $input) { ${DRAFT_FIELDS} } }`;
const DRAFT = `query($id: ID!) { courseModuleDraft(id: $id) { ${DRAFT_FIELDS} } }`;

/** Staff write modules; markdown is sanitised; bad drafts are refused with codes and nothing written. */
describe('certificate course authoring', () => {
  let t: TestApp;
  let db: TestDb;
  let w: ForumWorld;
  let course: TestCourse;
  let staff: Member;
  let premium: Member;

  const draft = (over: Record<string, unknown> = {}) => ({
    courseSlug: course.slug,
    slug: 'handling-comments',
    title: 'Handling comments and reviews',
    summary: 'What to answer, what to hide, and how fast.',
    estimatedMinutes: 20,
    contentMd: '## Answer in public, solve in private\n\n<script>alert(1)</script>\n\n[a trap](javascript:alert(1)) and [a guide](https://example.org/guide)',
    videoUrl: 'https://videos.confer.test/comments.mp4',
    passMark: 50,
    questions: [
      { prompt: 'A patient complains in a public comment. First step?', choices: ['Delete it', 'Acknowledge and move to a private channel'], correctIndex: 1 },
      { prompt: 'May you confirm that the commenter is your patient?', choices: ['Yes', 'No'], correctIndex: 1 },
    ],
    ...over,
  });

  beforeAll(async () => {
    t = await startTestApp();
    db = await new TestDb().connect();
    w = new ForumWorld(t, db);
    course = await createCourse(db, { modules: 1 });
    staff = await w.member({ roles: ['member', 'staff'] });
    premium = await w.member({ premium: true });
  });
  afterAll(async () => {
    await db?.close();
    await t?.close();
  });

  it('staff add a module at the end; members read it sanitised and answer its quiz', async () => {
    const saved = (await ok(staff.client, SAVE, { input: draft() })).saveCourseModule;
    expect(saved).toMatchObject({ slug: 'handling-comments', position: 2, passMark: 50, courseSlug: course.slug });
    expect(saved.questions[0]).toEqual({ prompt: 'A patient complains in a public comment. First step?', choices: ['Delete it', 'Acknowledge and move to a private channel'], correctIndex: 1 });

    const read = (await ok(premium.client, L.module, { course: course.slug, slug: 'handling-comments' })).courseModule;
    expect(read.contentHtml).toContain('<h2>Answer in public, solve in private</h2>');
    expect(read.contentHtml).toContain('href="https://example.org/guide"');
    // Raw HTML shows as text and a javascript: link stays plain text.
    expect(read.contentHtml).toContain('&lt;script&gt;');
    expect(read.contentHtml).not.toMatch(/<script|href="javascript:/);
    expect(read.videoUrl).toBe('https://videos.confer.test/comments.mp4');

    const result = (await ok(premium.client, L.submit, {
      input: { moduleId: read.id, answers: read.questions.map((q: any) => ({ questionId: q.id, choiceIndex: 1 })) },
    })).submitCourseQuiz;
    expect(result).toMatchObject({ passed: true, scorePercent: 100 });
    expect((await ok(premium.client, L.course, { slug: course.slug })).course.modules.map((m: any) => m.slug)).toEqual(['module-1', 'handling-comments']);
  });

  it('editing replaces the quiz: answers to the old questions no longer fit', async () => {
    const before = (await ok(premium.client, L.module, { course: course.slug, slug: 'module-1' })).courseModule;
    const source = (await ok(staff.client, DRAFT, { id: before.id })).courseModuleDraft;
    expect(source.contentMd).toBe('Secret content of module 1');
    const changed = (await ok(staff.client, SAVE, {
      input: { ...draft({ slug: 'module-1', title: 'Module 1, revised', videoUrl: null }), id: before.id, questions: [{ prompt: 'New?', choices: ['A', 'B', 'C'], correctIndex: 2 }] },
    })).saveCourseModule;
    expect(changed).toMatchObject({ id: before.id, position: 1, title: 'Module 1, revised', videoUrl: null });
    const stale = await fail(premium.client, L.submit, { input: { moduleId: before.id, answers: before.questions.map((q: any) => ({ questionId: q.id, choiceIndex: 0 })) } });
    expect(stale.extensions?.reason).toBe('QUESTION_NOT_IN_MODULE');
  });

  it('only staff write or read drafts (with the answer key); bad drafts get codes and nothing is written', async () => {
    const moduleId = course.modules[0].id;
    expect((await fail(premium.client, DRAFT, { id: moduleId })).extensions?.reason).toBe('NOT_STAFF');
    expect((await fail(w.visitor(), DRAFT, { id: moduleId })).extensions?.reason).toBe('SIGN_IN_REQUIRED');

    const before = await db.snapshot();
    expect((await fail(premium.client, SAVE, { input: draft({ slug: 'x-by-member' }) })).extensions?.reason).toBe('NOT_STAFF');
    const cases: [Record<string, unknown>, string, string?][] = [
      [{ title: 'x'.repeat(201) }, 'VALIDATION_FAILED'],
      [{ contentMd: 'x'.repeat(100_001) }, 'VALIDATION_FAILED'],
      [{ videoUrl: 'http://videos.example.org/a.mp4' }, 'VALIDATION_FAILED'],
      [{ videoUrl: 'javascript:alert(1)' }, 'VALIDATION_FAILED'],
      [{ passMark: 0 }, 'VALIDATION_FAILED'],
      [{ slug: 'Not A Slug' }, 'INVALID_MODULE', 'slug'],
      [{ title: '   ' }, 'INVALID_MODULE', 'title'],
      [{ questions: [] }, 'INVALID_MODULE', 'questions'],
      [{ questions: [{ prompt: 'Q?', choices: ['Same', 'same'], correctIndex: 0 }] }, 'INVALID_MODULE', 'questions.0.choices'],
      [{ questions: [{ prompt: 'Q?', choices: ['A', 'B'], correctIndex: 2 }] }, 'INVALID_MODULE', 'questions.0.correctIndex'],
      [{ slug: 'handling-comments' }, 'MODULE_SLUG_TAKEN', 'slug'],
      [{ courseSlug: 'no-such-course', slug: 'fresh-slug' }, 'COURSE_NOT_FOUND'],
      [{ id: '7d3b1c52-2f4a-4e0b-9a51-3c7e9f1d0a42', slug: 'fresh-slug' }, 'MODULE_NOT_FOUND'],
    ];
    for (const [change, reason, field] of cases) {
      const res = await staff.client.gql(SAVE, { input: draft(change) });
      expect(res.status).toBeLessThan(500);
      expect(res.errors?.[0]?.extensions?.reason).toBe(reason);
      if (field) expect(Object.keys(res.errors?.[0]?.extensions?.fields ?? {})).toContain(field);
    }
    expect(await db.snapshot()).toEqual(before);
  });
});
