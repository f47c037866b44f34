import { Select } from '@mantine/core';
import { useTimeZoneOptions } from '../hooks/use-time-zones.hook';

interface TimeZoneSelectProps {
  value: string;
  onChange: (zone: string) => void;
  error?: string;
  label?: string;
}

export function TimeZoneSelect({ value, onChange, error, label = 'Time zone' }: TimeZoneSelectProps) {
  const options = useTimeZoneOptions(value);
  return (
    <Select
      label={label}
      description="Event times and reminders are shown in this zone. Type to search, e.g. “Chicago”."
      data={options}
      value={value}
      onChange={(zone) => {
        if (zone) onChange(zone);
      }}
      searchable
      allowDeselect={false}
      nothingFoundMessage="No time zone matches"
      maxDropdownHeight={280}
      error={error}
      required
    />
  );
}
