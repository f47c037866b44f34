export type { AgendaDay, AgendaItem } from './agenda.rule';
export { groupAgenda, venueTime } from './agenda.rule';
export type { AnswerProblem, QuestionSpec } from './answers.rule';
export { checkAnswers } from './answers.rule';
export type { TimedSession } from './agenda-clash.rule';
export { agendaClashes } from './agenda-clash.rule';
