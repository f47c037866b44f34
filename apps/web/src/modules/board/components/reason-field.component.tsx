import { Textarea } from '@mantine/core';

interface ReasonFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  label?: string;
  /** Who sees the reason, e.g. "Recorded in the moderation log." */
  description?: string;
  maxLength?: number;
  /** The first field of a dialog: focused when it opens. */
  autoFocus?: boolean;
}

/** Why a moderator (or an editor) acts: a required, short text for the log, the member or the history. */
export function ReasonField({
  value,
  onChange,
  error,
  label = 'Reason',
  description = 'Recorded in the moderation log.',
  maxLength = 500,
  autoFocus = false,
}: ReasonFieldProps) {
  return (
    <Textarea
      label={label}
      description={description}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      maxLength={maxLength}
      autosize
      minRows={2}
      required
      data-autofocus={autoFocus || undefined}
    />
  );
}
