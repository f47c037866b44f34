import { TestDb } from '../../utils/fixtures';
import { rnd } from '../../utils/forum-fixtures';

/** A course arranged in SQL (courses have no authoring API); everything else goes through /graphql. */
export interface TestModule {
  id: string;
  slug: string;
  passMark: number;
  questions: { id: string; correct: number; choices: number }[];
}
export interface TestCourse {
  id: string;
  slug: string;
  title: string;
  modules: TestModule[];
}

export async function createCourse(db: TestDb, opts: { modules?: number; questions?: number; passMark?: number } = {}): Promise<TestCourse> {
  const slug = `course-${Date.now().toString(36)}-${rnd()}`;
  const title = `Test course ${slug}`;
  const [course] = await db.query<{ id: string }>(`insert into courses (slug, title, summary, price_cents) values ($1, $2, 'A test course', 25000) returning id`, [slug, title]);
  const modules: TestModule[] = [];
  for (let i = 1; i <= (opts.modules ?? 3); i += 1) {
    const passMark = opts.passMark ?? 67;
    const [m] = await db.query<{ id: string; slug: string }>(
      `insert into course_modules (course_id, slug, position, title, summary, estimated_minutes, content_md, content_html, video_url, pass_mark)
       values ($1, $2, $3, $4, $5, 20, $6, $7, $8, $9) returning id, slug`,
      [
        course.id,
        `module-${i}`,
        i,
        `Module ${i}`,
        `Summary of module ${i}`,
        `Secret content of module ${i}`,
        `<p>Secret content of module ${i}</p>`,
        i === 1 ? 'https://videos.confer.test/module-1.mp4' : null,
        passMark,
      ],
    );
    const questions = [];
    for (let q = 1; q <= (opts.questions ?? 3); q += 1) {
      const correct = (i + q) % 3;
      const [row] = await db.query<{ id: string }>(
        `insert into course_quiz_questions (module_id, position, prompt, choices, correct_index) values ($1, $2, $3, $4, $5) returning id`,
        [m.id, q, `Question ${q} of module ${i}?`, ['Answer A', 'Answer B', 'Answer C'], correct],
      );
      questions.push({ id: row.id, correct, choices: 3 });
    }
    modules.push({ id: m.id, slug: m.slug, passMark, questions });
  }
  return { id: course.id, slug, title, modules };
}

/** Answers for a module: all right, or with the first `wrong` questions answered wrongly. */
export function answers(module: TestModule, wrong = 0) {
  return module.questions.map((q, i) => ({ questionId: q.id, choiceIndex: i < wrong ? (q.correct + 1) % q.choices : q.correct }));
}

export const L = {
  course: `query($slug: String!) { course(slug: $slug) { id slug title priceCents totalMinutes
    access { canStudy via missing }
    modules { id slug position title summary estimatedMinutes passMark questionCount status attempts bestScore lastScore }
    progress { totalModules completedModules percent resumeModuleSlug complete }
    certificate { code holderName courseTitle issuedAt verifyUrl pdfUrl } } }`,
  module: `query($course: String!, $slug: String!) { courseModule(courseSlug: $course, slug: $slug) { id slug title contentHtml videoUrl status attempts bestScore
    questions { id position prompt choices } previousModuleSlug nextModuleSlug } }`,
  markRead: `mutation($id: ID!) { markCourseModuleRead(moduleId: $id) { id status readAt } }`,
  submit: `mutation($input: SubmitQuizInput!) { submitCourseQuiz(input: $input) { correctCount total scorePercent passMark passed courseComplete
    results { questionId choiceIndex correct } module { id status attempts bestScore lastScore }
    certificate { code holderName courseTitle issuedAt verifyUrl pdfUrl } } }`,
  verify: `query($code: String!) { verifyCertificate(code: $code) { code holderName courseTitle issuedAt } }`,
  grants: `query($slug: String!) { courseAccessGrants(courseSlug: $slug) { id userId userEmail userDisplayName source reference note revokedAt } }`,
  grant: `mutation($input: GrantCourseAccessInput!) { grantCourseAccess(input: $input) { id userId source note revokedAt } }`,
  revoke: `mutation($id: ID!) { revokeCourseAccess(grantId: $id) { ok } }`,
  myCertificates: `{ myCertificates { code holderName courseTitle } }`,
};
