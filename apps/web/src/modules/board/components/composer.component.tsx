import { scanForPhi } from '@confer/libs/phi-guard';
import { Alert, Button, Checkbox, CloseButton, Group, Stack, Tabs, Text, Textarea, TextInput } from '@mantine/core';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { toApiError } from '../../../apollo/api-error.util';
import { useApiError } from '../../../apollo/use-api-error.hook';
import { FormShell } from '../../../ui/form-shell.component';
import { useViewer } from '../../accounts/hooks/use-viewer.hook';
import { useDraft } from '../hooks/use-draft.hook';
import { useMentionPicker } from '../hooks/use-mention-picker.hook';
import { phiConfirmationFindings } from '../phi-error.util';
import { DraftStatusText } from './draft-status.component';
import { HeldNotice, READABLE_TITLE } from './held-notice.component';
import { MarkdownPreview } from './markdown-preview.component';
import { MentionPicker } from './mention-picker.component';
import { PhiFindingList, PhiReport, type PhiFindingLike } from './phi-report.component';
import { ReasonField } from './reason-field.component';

const FIELDS = ['title', 'body', 'reason'] as const;

export interface ComposerValues {
  title: string;
  body: string;
  anonymous: boolean;
  confirmPhi: boolean;
  /** Why the post is edited (only asked with `withReason`); empty otherwise. */
  reason: string;
}

/** What became of a post: out at once, or held for a moderator (and why). */
export interface ComposerOutcome {
  held: boolean;
  heldReason: string | null;
}

/** A request to quote a post into the text; a new `key` inserts it again. */
export interface QuoteRequest {
  key: number;
  postId: string;
  authorName: string;
  markdown: string;
}

interface ComposerProps {
  /** The form's accessible name, e.g. "Reply to this thread". */
  formLabel: string;
  submitLabel: string;
  /** Where the draft is saved (to the account, backed up on this device), e.g. `thread:<id>`; none when editing. */
  draftScope?: string;
  /** Editing a post: the text to start from (kept in memory, not as a draft). */
  initialBody?: string;
  /** Ask why the post is edited (moderators editing another member's post); required. */
  withReason?: boolean;
  /** Shows a Cancel button next to the submit button. */
  onCancel?: () => void;
  withTitle?: boolean;
  allowAnonymous: boolean;
  /** Sends the post; resolves to its outcome, or null when the caller moves on (e.g. to the new thread). */
  onSubmit: (values: ComposerValues) => Promise<ComposerOutcome | null>;
  /** Called on every keystroke in the message (the caller throttles). */
  onTyping?: () => void;
  postedMessage?: string;
  quote?: QuoteRequest | null;
  onQuoteRemoved?: () => void;
}

function quoteMarkdown(quote: QuoteRequest): string {
  const excerpt = quote.markdown.length > 600 ? `${quote.markdown.slice(0, 600).trimEnd()}…` : quote.markdown;
  const lines = [`**${quote.authorName} wrote:**`, ...excerpt.split('\n')];
  return `${lines.map((line) => `> ${line}`.trimEnd()).join('\n')}\n\n`;
}

/**
 * Writing a thread or a reply (or editing a post): markdown with a preview, possible patient
 * identifiers highlighted as the member types, the API's "confirm before posting" step, and a draft
 * saved to the member's account as they type.
 */
export function Composer({
  formLabel,
  submitLabel,
  draftScope,
  initialBody,
  withReason = false,
  onCancel,
  withTitle = false,
  allowAnonymous,
  onSubmit,
  onTyping,
  postedMessage = 'Posted.',
  quote = null,
  onQuoteRemoved,
}: ComposerProps) {
  const { viewer } = useViewer();
  const { draft, update, clear, status } = useDraft(draftScope ?? null, { title: '', body: initialBody ?? '', anonymous: false });
  const errors = useApiError(FIELDS);
  const [reason, setReason] = useState('');
  const [suspended, setSuspended] = useState(false);
  const [tab, setTab] = useState<string | null>('write');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ComposerOutcome | null>(null);
  const [confirm, setConfirm] = useState<{ title: string; body: string; findings: PhiFindingLike[] } | null>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  // Replies (draft scope `thread:<id>`) can mention the thread's participants; a new thread has none yet.
  const mentionThreadId = draftScope?.startsWith('thread:') ? draftScope.slice('thread:'.length) : null;
  const mention = useMentionPicker({ threadId: mentionThreadId, textareaRef, body: draft.body, onBodyChange: (body) => update({ body }) });

  // The scan runs on every keystroke; deferring it keeps typing smooth in long posts.
  const scanned = useDeferredValue(withTitle ? `${draft.title}\n${draft.body}` : draft.body);
  const findings = useMemo(() => scanForPhi(scanned), [scanned]);

  const lastQuoteKey = useRef<number | null>(null);
  useEffect(() => {
    if (!quote || quote.key === lastQuoteKey.current) return;
    lastQuoteKey.current = quote.key;
    const before = draft.body.trim() ? `${draft.body.trimEnd()}\n\n` : '';
    update({ body: `${before}${quoteMarkdown(quote)}` });
    setTab('write');
    textareaRef.current?.focus({ preventScroll: true });
    textareaRef.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    // Only a new quote request inserts text; the draft itself changes on every keystroke.
  }, [quote]);

  const send = async (confirmPhi: boolean) => {
    setOutcome(null);
    setSuspended(false);
    setBusy(true);
    try {
      const result = await onSubmit({
        title: draft.title.trim(),
        body: draft.body,
        anonymous: allowAnonymous && draft.anonymous,
        confirmPhi,
        reason: reason.trim(),
      });
      clear();
      setConfirm(null);
      setTab('write');
      setOutcome(result);
    } catch (error) {
      const phi = phiConfirmationFindings(error);
      if (phi) setConfirm({ title: draft.title, body: draft.body, findings: phi });
      else if (toApiError(error).reason === 'SUSPENDED') setSuspended(true);
      else throw error;
    } finally {
      setBusy(false);
    }
  };

  const checks = () => ({
    title: withTitle && !draft.title.trim() && 'Give the thread a title.',
    body: !draft.body.trim() && 'Write something first.',
    reason: withReason && !reason.trim() && 'Say why you edit this post: the author and the action log see it.',
  });
  const onFormSubmit = errors.handleSubmit(checks, () => send(false));
  const onPostAnyway = errors.handleSubmit(checks, () => send(true));
  const confirming = confirm && confirm.body === draft.body && confirm.title === draft.title ? confirm : null;

  return (
    <FormShell
      label={formLabel}
      onSubmit={onFormSubmit}
      submitLabel={submitLabel}
      loading={busy && !confirming}
      alertMessage={errors.alertMessage}
      alertTitle="Could not post"
      gap="sm"
      extraActions={
        onCancel ? (
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        ) : null
      }
      intro={
        suspended ? (
          <Alert color="orange" variant="light" title="Posting paused" role="alert" styles={READABLE_TITLE}>
            A moderator has paused your posting for now. You can still read the board, and your text is kept.
          </Alert>
        ) : outcome?.held ? (
          <HeldNotice reason={outcome.heldReason} viewer="author" announce />
        ) : (
          <Text size="sm" c="teal.9" role="status">
            {outcome ? postedMessage : ''}
          </Text>
        )
      }
      footer={draftScope ? <DraftStatusText status={status} timeZone={viewer?.timeZone} /> : null}
    >
      {withTitle ? (
        <TextInput
          label="Title"
          value={draft.title}
          onChange={(e) => update({ title: e.currentTarget.value })}
          error={errors.fieldError('title')}
          maxLength={200}
          required
        />
      ) : null}
      {quote ? (
        <Group gap="xs" wrap="nowrap">
          <Text size="sm">Replying to {quote.authorName}’s post</Text>
          <CloseButton size="sm" aria-label={`Stop linking this reply to ${quote.authorName}’s post`} onClick={onQuoteRemoved} />
        </Group>
      ) : null}
      <Tabs value={tab} onChange={setTab} variant="outline">
        <Tabs.List>
          <Tabs.Tab value="write">Write</Tabs.Tab>
          <Tabs.Tab value="preview">Preview</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="write" pt="xs">
          <MentionPicker picker={mention}>
            <Textarea
              ref={textareaRef}
              label="Message"
              description="Markdown works: **bold**, *italic*, > quote, - list. Never include anything that identifies a patient."
              value={draft.body}
              onChange={(e) => {
                update({ body: e.currentTarget.value });
                onTyping?.();
              }}
              error={errors.fieldError('body')}
              autosize
              minRows={4}
              maxRows={16}
              required
              {...mention.textareaProps}
            />
          </MentionPicker>
        </Tabs.Panel>
        <Tabs.Panel value="preview" pt="xs">
          <MarkdownPreview markdown={tab === 'preview' ? draft.body : ''} />
        </Tabs.Panel>
      </Tabs>
      <PhiReport text={scanned} findings={findings} />
      {withReason ? (
        <ReasonField
          label="Reason for the edit"
          description="Shown in the post’s history and recorded in the moderation log."
          value={reason}
          onChange={setReason}
          error={errors.fieldError('reason')}
        />
      ) : null}
      {allowAnonymous ? (
        <Checkbox
          label="Post anonymously"
          description="Other members see a pseudonym like ‘Member A’; moderators can reveal the author if needed."
          checked={draft.anonymous}
          onChange={(e) => update({ anonymous: e.currentTarget.checked })}
        />
      ) : null}
      {confirming ? (
        <Alert color="orange" variant="light" title="Check before posting: this may identify a patient" role="alert" styles={READABLE_TITLE}>
          <Stack gap="sm">
            <Text size="sm">Confer found text that might identify a patient. Edit it, or post anyway if it does not.</Text>
            <PhiFindingList findings={confirming.findings} label="Possible patient identifiers to confirm" />
            <Group gap="xs">
              <Button color="orange" onClick={onPostAnyway} loading={busy}>
                Post anyway
              </Button>
              <Button
                variant="default"
                onClick={() => {
                  setTab('write');
                  textareaRef.current?.focus();
                }}
              >
                Keep editing
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : null}
    </FormShell>
  );
}
