import { applyDecorators } from '@nestjs/common';
import { IsDate, Matches, MaxDate, MinDate } from 'class-validator';

/** Control characters other than tab and newlines: never meaningful in a name or title. */
export const NO_CONTROL_CHARS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

/** Single-line or multi-line text without control characters. */
export const IsCleanText = () => Matches(NO_CONTROL_CHARS, { message: '$property must not contain control characters' });

// PostgreSQL's timestamptz cannot hold every JavaScript date; keep to a range people mean.
const EARLIEST = new Date('1900-01-01T00:00:00Z');
const LATEST = new Date('9999-12-31T00:00:00Z');

export const IsPlausibleDate = () =>
  applyDecorators(IsDate(), MinDate(EARLIEST, { message: '$property is too far in the past' }), MaxDate(LATEST, { message: '$property is too far in the future' }));
