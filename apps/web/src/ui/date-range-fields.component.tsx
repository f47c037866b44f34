import { Group, TextInput } from '@mantine/core';
import type { DateRangeInput } from './dates.util';

interface DateRangeFieldsProps {
  value: DateRangeInput;
  onChange: (value: DateRangeInput) => void;
  startLabel: string;
  endLabel: string;
  endDescription?: string;
  startError?: string;
  endError?: string;
}

/** A required start date and an optional end date, side by side where there is room. */
export function DateRangeFields({
  value,
  onChange,
  startLabel,
  endLabel,
  endDescription = 'Empty: no end. Ends at the start of this day.',
  startError,
  endError,
}: DateRangeFieldsProps) {
  return (
    <Group grow align="flex-start" wrap="wrap">
      <TextInput
        type="date"
        label={startLabel}
        value={value.startsOn}
        onChange={(e) => onChange({ ...value, startsOn: e.currentTarget.value })}
        error={startError}
        required
        miw={150}
      />
      <TextInput
        type="date"
        label={endLabel}
        description={endDescription}
        value={value.endsOn}
        onChange={(e) => onChange({ ...value, endsOn: e.currentTarget.value })}
        error={endError}
        miw={150}
      />
    </Group>
  );
}
