import type { PhiConfidence, PhiKind } from './phi-finding.types';

/** Short labels for the chips the composer and the moderation queue show. */
export const PHI_KIND_LABELS: Record<PhiKind, string> = {
  PATIENT_NAME: 'Patient name',
  DATE_OF_BIRTH: 'Date of birth',
  AGE_OVER_89: 'Age over 89',
  MEDICAL_RECORD_NUMBER: 'Medical record number',
  ACCOUNT_NUMBER: 'Account number',
  PHONE: 'Phone number',
  FAX: 'Fax number',
  EMAIL: 'Email address',
  STREET_ADDRESS: 'Street address',
  SSN: 'Social Security number',
  ADMISSION_DATE: 'Admission or discharge date',
};

// The author reads these next to the highlight (and in the "held for review" notice), so each says
// what it looks like and why it matters, in one sentence, without jargon beyond HIPAA itself.
const HIGH_REASONS: Record<PhiKind, string> = {
  PATIENT_NAME: 'Looks like a patient\u2019s name: a name next to words like \u201cpatient\u201d, \u201cadmitted\u201d or \u201cbed\u201d identifies the person.',
  DATE_OF_BIRTH: 'Looks like a date of birth: dates next to \u201cDOB\u201d or \u201cborn\u201d identify patients.',
  AGE_OVER_89: 'Ages over 89 identify patients under HIPAA: say \u201c90 or older\u201d instead.',
  MEDICAL_RECORD_NUMBER: 'Looks like a medical record number: record numbers identify patients.',
  ACCOUNT_NUMBER: 'Looks like an account, insurance or member number: these identify patients.',
  PHONE: 'Looks like a phone number: remove it if it belongs to a patient or their family.',
  FAX: 'Looks like a fax number: remove it if it belongs to a patient or their family.',
  EMAIL: 'Looks like an email address: remove it if it belongs to a patient or their family.',
  STREET_ADDRESS: 'Looks like a street address: a patient\u2019s address identifies them.',
  SSN: 'Looks like a Social Security number: never post one.',
  ADMISSION_DATE: 'Looks like an admission or discharge date: dates of care tied to a person identify patients.',
};

const LOW_REASON_OVERRIDES: Partial<Record<PhiKind, string>> = {
  PATIENT_NAME: 'Might be a patient\u2019s name: check that you are not naming someone in your care.',
  DATE_OF_BIRTH: 'Might be part of a date of birth: month and day of birth can identify patients.',
  SSN: 'Looks like part of a Social Security number: even the last four digits can identify someone.',
  ADMISSION_DATE: 'Might be an admission or discharge date: dates of care tied to a person identify patients.',
};

export function phiReason(kind: PhiKind, confidence: PhiConfidence): string {
  return (confidence === 'low' ? LOW_REASON_OVERRIDES[kind] : undefined) ?? HIGH_REASONS[kind];
}
