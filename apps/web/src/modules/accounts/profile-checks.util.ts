import { isValidTimeZone } from '@confer/libs/time-zone';

/** The local checks shared by the sign-up and profile forms: a message, or undefined when fine. */
export function displayNameProblem(displayName: string): string | undefined {
  return displayName.trim().length === 0 ? 'Enter the name other members will see.' : undefined;
}

export function timeZoneProblem(timeZone: string): string | undefined {
  return isValidTimeZone(timeZone) ? undefined : 'Choose a time zone from the list.';
}
