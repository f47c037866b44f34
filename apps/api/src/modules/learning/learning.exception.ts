import { isSignedIn, isStaff, Viewer } from '@confer/libs/access';
import { defineExceptions } from '../../core/errors/domain.exception';

export const LearningErrors = {
  SIGN_IN_REQUIRED: { category: 'UNAUTHENTICATED', message: 'Please log in to continue.' },
  COURSE_NOT_FOUND: { category: 'NOT_FOUND', message: 'No such course.' },
  MODULE_NOT_FOUND: { category: 'NOT_FOUND', message: 'No such module.' },
  COURSE_ACCESS_REQUIRED: {
    category: 'FORBIDDEN',
    message: 'This course is included in premium membership and the Social Media Residency, or can be bought on its own.',
  },
  QUESTION_NOT_IN_MODULE: { category: 'BAD_USER_INPUT', message: 'These answers belong to another module’s quiz.' },
  DUPLICATE_ANSWER: { category: 'BAD_USER_INPUT', message: 'Each question can be answered only once.' },
  INCOMPLETE_ANSWERS: { category: 'BAD_USER_INPUT', message: 'Answer every question before you submit.' },
  INVALID_CHOICE: { category: 'BAD_USER_INPUT', message: 'That answer is not one of the choices.' },
  NO_QUESTIONS: { category: 'BAD_USER_INPUT', message: 'This module has no quiz yet.' },
  INVALID_CERTIFICATE_CODE: { category: 'BAD_USER_INPUT', message: 'A verification code looks like SFHC-XXXXX-XXXXX-XXXXX-XXXXX.' },
  CERTIFICATE_NOT_FOUND: { category: 'NOT_FOUND', message: 'No certificate has this verification code.' },
  NOT_STAFF: { category: 'FORBIDDEN', message: 'Only staff can do that.' },
  USER_NOT_FOUND: { category: 'NOT_FOUND', message: 'No such member.' },
  ALREADY_GRANTED: { category: 'CONFLICT', message: 'This member already has a staff grant for the course.' },
  INVALID_MODULE: { category: 'BAD_USER_INPUT', message: 'Some fields of the module are not valid.' },
  MODULE_SLUG_TAKEN: { category: 'CONFLICT', message: 'Another module of this course already has this address.' },
  GRANT_NOT_FOUND: { category: 'NOT_FOUND', message: 'No such grant, or it was already revoked.' },
} as const;

export type LearningErrorCode = keyof typeof LearningErrors;
export class LearningException extends defineExceptions<LearningErrorCode>(LearningErrors) {}

/** Staff run the course (grants, authoring); anyone else gets a code saying so. */
export function requireLearningStaff(v: Viewer): void {
  if (!isSignedIn(v)) throw new LearningException('SIGN_IN_REQUIRED');
  if (!isStaff(v)) throw new LearningException('NOT_STAFF');
}
