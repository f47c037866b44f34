import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Card, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { toApiError } from '../../../apollo/api-error.util';
import type { CourseModuleQuery, SubmitCourseQuizMutation } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/error-alert.component';
import { submitCourseQuizMutation } from '../graphql/learning.graphql';
import { BAD_TEXT, GOOD_TEXT, moduleHref } from '../learning-labels.util';

type Module = NonNullable<CourseModuleQuery['courseModule']>;
type Result = SubmitCourseQuizMutation['submitCourseQuiz'];

/**
 * The module's quiz. Answers are scored on the server; afterwards each question shows whether the
 * member's own answer was right (the right choice is never sent).
 */
export function QuizForm({ module }: { module: Module }) {
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<string[]>([]);
  const [result, setResult] = useState<Result | null>(null);
  const [submit, { loading, error }] = useMutation(submitCourseQuizMutation, { refetchQueries: ['Course', 'CourseModule'] });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const unanswered = module.questions.filter((q) => chosen[q.id] === undefined).map((q) => q.id);
    setMissing(unanswered);
    if (unanswered.length > 0) return;
    try {
      const { data } = await submit({
        variables: { input: { moduleId: module.id, answers: module.questions.map((q) => ({ questionId: q.id, choiceIndex: Number(chosen[q.id]) })) } },
      });
      if (data) setResult(data.submitCourseQuiz);
    } catch {
      // Shown from `error` below.
    }
  };

  const verdict = (questionId: string) => result?.results.find((r) => r.questionId === questionId);

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="quiz-heading">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} size="h3" id="quiz-heading">
            Quiz
          </Title>
          <Text size="sm" c="dimmed">
            {module.questions.length} questions · pass mark {module.passMark}%
            {module.attempts > 0 ? ` · ${module.attempts} attempt${module.attempts === 1 ? '' : 's'} so far` : ''}
          </Text>
        </Stack>
        <form onSubmit={onSubmit} aria-label="Quiz" noValidate>
          <Stack gap="lg">
            {module.questions.map((q) => {
              const v = verdict(q.id);
              return (
                <Radio.Group
                  key={q.id}
                  name={`question-${q.id}`}
                  label={`${q.position}. ${q.prompt}`}
                  value={chosen[q.id] ?? null}
                  onChange={(value) => {
                    setChosen((c) => ({ ...c, [q.id]: value }));
                    setResult(null);
                  }}
                  error={missing.includes(q.id) ? 'Choose an answer.' : undefined}
                  description={v ? (v.correct ? 'Your answer is right.' : 'Your answer is not right.') : undefined}
                  styles={v ? { description: { color: v.correct ? GOOD_TEXT : BAD_TEXT, fontWeight: 600 } } : undefined}
                >
                  <Stack gap={6} mt={6}>
                    {q.choices.map((choice, index) => (
                      <Radio key={index} value={String(index)} label={choice} />
                    ))}
                  </Stack>
                </Radio.Group>
              );
            })}
            {error ? <ErrorAlert title="Your answers were not scored">{toApiError(error).message}</ErrorAlert> : null}
            {result ? <QuizOutcome result={result} nextSlug={module.nextModuleSlug} /> : null}
            <Group>
              <Button type="submit" loading={loading}>
                {module.attempts > 0 || result ? 'Submit answers again' : 'Submit answers'}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}

function QuizOutcome({ result, nextSlug }: { result: Result; nextSlug: string | null }) {
  if (!result.passed) {
    return (
      <Alert variant="outline" color="red" title={`You scored ${result.scorePercent}%`} role="status" styles={{ label: { color: BAD_TEXT } }}>
        {result.correctCount} of {result.total} right; {result.passMark}% passes. Review the module and try again.
      </Alert>
    );
  }
  return (
    <Alert variant="outline" color="teal" title={`Passed: ${result.scorePercent}%`} role="status" styles={{ label: { color: GOOD_TEXT } }}>
      <Stack gap={4}>
        <Text size="sm">
          {result.correctCount} of {result.total} right. This module is complete.
        </Text>
        {result.courseComplete && result.certificate ? (
          <Text size="sm">
            You finished the course.{' '}
            <Anchor component={Link} to="/learning" c={GOOD_TEXT} underline="always">
              See your certificate
            </Anchor>
          </Text>
        ) : nextSlug ? (
          <Anchor component={Link} to={moduleHref(nextSlug)} size="sm" c={GOOD_TEXT} underline="always">
            Next module
          </Anchor>
        ) : (
          <Anchor component={Link} to="/learning" size="sm" c={GOOD_TEXT} underline="always">
            Back to the course
          </Anchor>
        )}
      </Stack>
    </Alert>
  );
}
