// Shared by the web composer (highlights) and the API (hold or confirm), so both speak one vocabulary.

/** The HIPAA Safe Harbor identifiers the guard looks for in post text. */
export type PhiKind =
  | 'PATIENT_NAME'
  | 'DATE_OF_BIRTH'
  | 'AGE_OVER_89'
  | 'MEDICAL_RECORD_NUMBER'
  | 'ACCOUNT_NUMBER'
  | 'PHONE'
  | 'FAX'
  | 'EMAIL'
  | 'STREET_ADDRESS'
  | 'SSN'
  | 'ADMISSION_DATE';

/** 'high' holds the post for a moderator; 'low' asks the author to confirm. */
export type PhiConfidence = 'high' | 'low';

export interface PhiFinding {
  kind: PhiKind;
  confidence: PhiConfidence;
  /** UTF-16 offsets into the scanned text, so `text.slice(start, end)` is what to highlight. */
  start: number;
  end: number;
  text: string;
  /** One short, user-facing sentence saying why this was flagged. */
  reason: string;
}

export type PhiVerdict = 'clear' | 'confirm' | 'hold';

/** What each detector reports; scanForPhi adds the text and reason and resolves overlaps. */
export interface PhiCandidate {
  kind: PhiKind;
  confidence: PhiConfidence;
  start: number;
  end: number;
}
