import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, NumberInput, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { CERTIFICATE_COURSE_SLUG, moduleDraftProblems, type ModuleDraft } from '@confer/libs/learning';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useApiError } from '../../../apollo/use-api-error.hook';
import type { CourseModuleDraftFieldsFragment } from '../../../gql/graphql';
import { FormShell } from '../../../ui/form-shell.component';
import { saveCourseModuleMutation } from '../graphql/learning.graphql';

interface QuestionState {
  prompt: string;
  /** One answer per line, as staff type them. */
  choicesText: string;
  correctIndex: string | null;
}

const splitChoices = (text: string) => text.split('\n').map((c) => c.trim()).filter((c) => c.length > 0);
const EMPTY_QUESTION: QuestionState = { prompt: '', choicesText: '', correctIndex: null };

/** Staff: write or change one module and its quiz. The same rule as the server checks the draft first. */
export function ModuleEditor({ initial, onDone }: { initial: CourseModuleDraftFieldsFragment | null; onDone: () => void }) {
  const [fields, setFields] = useState({
    slug: initial?.slug ?? '',
    title: initial?.title ?? '',
    summary: initial?.summary ?? '',
    estimatedMinutes: initial?.estimatedMinutes ?? 20,
    passMark: initial?.passMark ?? 70,
    videoUrl: initial?.videoUrl ?? '',
    contentMd: initial?.contentMd ?? '',
  });
  const [questions, setQuestions] = useState<QuestionState[]>(
    initial?.questions.map((q) => ({ prompt: q.prompt, choicesText: q.choices.join('\n'), correctIndex: String(q.correctIndex) })) ?? [EMPTY_QUESTION],
  );
  const [save, { loading }] = useMutation(saveCourseModuleMutation, { refetchQueries: ['Course'] });
  const shown = ['slug', 'title', 'summary', 'estimatedMinutes', 'passMark', 'videoUrl', 'contentMd', 'questions', ...questions.flatMap((_, i) => [`questions.${i}.prompt`, `questions.${i}.choices`, `questions.${i}.correctIndex`])];
  const { handleSubmit, fieldError, alertMessage } = useApiError<string>(shown);

  const draft = (): ModuleDraft => ({
    ...fields,
    videoUrl: fields.videoUrl.trim() || null,
    questions: questions.map((q) => ({ prompt: q.prompt, choices: splitChoices(q.choicesText), correctIndex: q.correctIndex === null ? -1 : Number(q.correctIndex) })),
  });
  const set = <K extends keyof typeof fields>(key: K, value: (typeof fields)[K]) => setFields((f) => ({ ...f, [key]: value }));
  const setQuestion = (i: number, change: Partial<QuestionState>) => setQuestions((qs) => qs.map((q, j) => (j === i ? { ...q, ...change } : q)));

  return (
    <Card withBorder padding="lg">
      <FormShell
        label={initial ? `Edit module ${initial.title}` : 'New module'}
        submitLabel={initial ? 'Save the module' : 'Add the module'}
        loading={loading}
        alertMessage={alertMessage}
        intro={
          <Title order={3} size="h4">
            {initial ? `Edit: ${initial.title}` : 'New module'}
          </Title>
        }
        extraActions={
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
        }
        onSubmit={handleSubmit(
          () => moduleDraftProblems(draft()),
          async () => {
            const d = draft();
            const questionsInput = d.questions.map((q) => ({ prompt: q.prompt, choices: [...q.choices], correctIndex: q.correctIndex }));
            await save({ variables: { input: { ...d, questions: questionsInput, id: initial?.id ?? null, courseSlug: initial?.courseSlug ?? CERTIFICATE_COURSE_SLUG } } });
            notifications.show({ message: initial ? 'Module saved.' : 'Module added.' });
            onDone();
          },
        )}
      >
        <TextInput label="Title" value={fields.title} onChange={(e) => set('title', e.currentTarget.value)} error={fieldError('title')} maxLength={200} />
        <TextInput
          label="Address"
          description="Lower-case letters, digits and dashes, e.g. a-professional-x-account"
          value={fields.slug}
          onChange={(e) => set('slug', e.currentTarget.value)}
          error={fieldError('slug')}
          maxLength={63}
        />
        <Textarea label="Summary" autosize minRows={2} value={fields.summary} onChange={(e) => set('summary', e.currentTarget.value)} error={fieldError('summary')} maxLength={1000} />
        <Group grow align="flex-start">
          <NumberInput label="Minutes" min={1} max={600} value={fields.estimatedMinutes} onChange={(v) => set('estimatedMinutes', Number(v) || 0)} error={fieldError('estimatedMinutes')} />
          <NumberInput label="Pass mark (%)" min={1} max={100} value={fields.passMark} onChange={(v) => set('passMark', Number(v) || 0)} error={fieldError('passMark')} />
        </Group>
        <TextInput label="Video link (optional)" placeholder="https://" value={fields.videoUrl} onChange={(e) => set('videoUrl', e.currentTarget.value)} error={fieldError('videoUrl')} />
        <Textarea
          label="Content"
          description="Markdown: ## headings, **bold**, lists and links."
          autosize
          minRows={8}
          maxRows={24}
          value={fields.contentMd}
          onChange={(e) => set('contentMd', e.currentTarget.value)}
          error={fieldError('contentMd')}
        />
        <Stack gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
          <Text component="legend" fw={600}>
            Quiz
          </Text>
          {fieldError('questions') ? <Text c="red" size="sm">{fieldError('questions')}</Text> : null}
          {questions.map((q, i) => {
            const choices = splitChoices(q.choicesText);
            return (
              <Card key={i} withBorder padding="sm">
                <Stack gap="xs">
                  <TextInput label={`Question ${i + 1}`} value={q.prompt} onChange={(e) => setQuestion(i, { prompt: e.currentTarget.value })} error={fieldError(`questions.${i}.prompt`)} />
                  <Textarea
                    label="Answers, one per line"
                    autosize
                    minRows={2}
                    value={q.choicesText}
                    onChange={(e) => setQuestion(i, { choicesText: e.currentTarget.value, correctIndex: null })}
                    error={fieldError(`questions.${i}.choices`)}
                  />
                  <Select
                    label="Right answer"
                    data={choices.map((c, index) => ({ value: String(index), label: c }))}
                    value={q.correctIndex}
                    onChange={(v) => setQuestion(i, { correctIndex: v })}
                    error={fieldError(`questions.${i}.correctIndex`)}
                  />
                  {questions.length > 1 ? (
                    <Group>
                      <Button size="xs" variant="subtle" color="red" onClick={() => setQuestions((qs) => qs.filter((_, j) => j !== i))}>
                        Remove question {i + 1}
                      </Button>
                    </Group>
                  ) : null}
                </Stack>
              </Card>
            );
          })}
          <Group>
            <Button variant="light" size="xs" onClick={() => setQuestions((qs) => [...qs, EMPTY_QUESTION])} disabled={questions.length >= 20}>
              Add a question
            </Button>
          </Group>
        </Stack>
      </FormShell>
    </Card>
  );
}
