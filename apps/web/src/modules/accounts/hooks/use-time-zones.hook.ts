import { DEFAULT_TIME_ZONE, isValidTimeZone } from '@confer/libs/time-zone';
import { useMemo } from 'react';

export interface TimeZoneOption {
  value: string;
  label: string;
}

/** The browser's own IANA zone, or the network's default when the browser reports none we accept. */
export function browserTimeZone(): string {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone && isValidTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}

/** Every IANA zone the browser knows, plus UTC and `include` (e.g. the zone already saved). */
export function useTimeZoneOptions(include?: string): TimeZoneOption[] {
  return useMemo(() => {
    const zones = new Set<string>(
      typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [],
    );
    zones.add('UTC');
    zones.add(DEFAULT_TIME_ZONE);
    zones.add(browserTimeZone());
    if (include) zones.add(include);
    return [...zones]
      .sort((a, b) => a.localeCompare(b))
      .map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));
  }, [include]);
}
