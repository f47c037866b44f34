import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../core/graphql/graphql-context';
import { IdPipe } from '../../core/graphql/id.pipe';
import { MembershipService } from '../accounts/membership.service';
import { CourseAuthoringService, ModuleSource } from './course-authoring.service';
import { CourseModuleDraftModel } from './graphql/course.model';
import { CourseModuleDraftInput } from './graphql/learning.input';

function toDraft({ course, module, questions }: ModuleSource): CourseModuleDraftModel {
  return {
    id: module.id,
    courseSlug: course.slug,
    slug: module.slug,
    position: module.position,
    title: module.title,
    summary: module.summary,
    estimatedMinutes: module.estimatedMinutes,
    contentMd: module.contentMd,
    videoUrl: module.videoUrl,
    passMark: module.passMark,
    questions: questions.map((q) => ({ prompt: q.prompt, choices: q.choices, correctIndex: q.correctIndex })),
  };
}

/** Staff: write and edit the course's modules and quizzes. */
@Resolver()
export class CourseAuthoringResolver {
  constructor(
    private readonly authoring: CourseAuthoringService,
    private readonly memberships: MembershipService,
  ) {}

  @Query(() => CourseModuleDraftModel, { description: 'Staff: a module’s markdown and quiz with its answer key, for editing.' })
  async courseModuleDraft(@Context() ctx: GqlContext, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<CourseModuleDraftModel> {
    const { viewer } = await this.memberships.current(ctx);
    return toDraft(await this.authoring.source(viewer, id));
  }

  @Mutation(() => CourseModuleDraftModel, { description: 'Staff: add a module (without id) or change one; the quiz is replaced as a whole.' })
  async saveCourseModule(@Context() ctx: GqlContext, @Args('input') input: CourseModuleDraftInput): Promise<CourseModuleDraftModel> {
    const { viewer } = await this.memberships.current(ctx);
    const { id, courseSlug, ...draft } = input;
    return toDraft(await this.authoring.save(viewer, courseSlug, id?.toLowerCase() ?? null, { ...draft, videoUrl: draft.videoUrl?.trim() || null }));
  }
}
