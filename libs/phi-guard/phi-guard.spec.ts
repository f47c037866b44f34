import { PHI_KIND_LABELS, phiVerdict, scanForPhi, type PhiConfidence, type PhiFinding, type PhiKind } from './index';

type Expected = Array<[PhiKind, PhiConfidence, string]>;

const summarize = (findings: readonly PhiFinding[]): Expected =>
  findings.map((finding) => [finding.kind, finding.confidence, finding.text]);

// Realistic board posts by clinicians and hospital social-media managers that must be flagged.
const EXAMPLES: Array<[string, string, Expected]> = [
  // names in clinical context
  [
    'patient name and DOB',
    'My patient Jane Roe (DOB 03/14/1961) asked me to post her story',
    [['PATIENT_NAME', 'high', 'Jane Roe'], ['DATE_OF_BIRTH', 'high', '03/14/1961']],
  ],
  ['"pt" abbreviation', 'Saw pt Maria Lopez again this morning, much better', [['PATIENT_NAME', 'high', 'Maria Lopez']]],
  ['"pt." with a dot', 'Pt. Smith in bed 4 is finally eating', [['PATIENT_NAME', 'high', 'Smith']]],
  ['honorific in bed', 'Mr. Jones in bed 4 keeps asking for the chaplain', [['PATIENT_NAME', 'high', 'Mr. Jones']]],
  ['honorific admitted', 'Mrs. Patel was admitted overnight with chest pain', [['PATIENT_NAME', 'high', 'Mrs. Patel']]],
  ['honorific in room, discharged', 'Mr. Alvarez in room 12 was discharged yesterday', [['PATIENT_NAME', 'high', 'Mr. Alvarez']]],
  ['patient named, with hyphen and apostrophe', 'A patient named DeShawn O\'Neil-Price presented with fever', [['PATIENT_NAME', 'high', 'DeShawn O\'Neil-Price']]],
  ['middle initial', 'my patient Jane Q. Roe wants her photo on our page', [['PATIENT_NAME', 'high', 'Jane Q. Roe']]],
  ['first name only', 'My patient Emily\'s mom sent us cookies', [['PATIENT_NAME', 'high', 'Emily']]],
  ['relative of a patient', 'the patient\'s daughter Ana asked me for my cell', [['PATIENT_NAME', 'high', 'Ana']]],
  ['appositive honorific', 'My patient, Mrs. Gupta, was discharged home on 2026-02-05.', [['PATIENT_NAME', 'high', 'Mrs. Gupta'], ['ADMISSION_DATE', 'high', '2026-02-05']]],
  ['cue then a unit', 'Patient Jones in 4B is refusing meds again', [['PATIENT_NAME', 'high', 'Jones']]],
  ['honorific after bed number', 'The patient in bed 12, Mr. Nguyen, coded at 3am.', [['PATIENT_NAME', 'high', 'Mr. Nguyen']]],
  ['name before "was admitted" (no cue)', 'Maria Lopez, 67, was admitted with sepsis last night', [['PATIENT_NAME', 'low', 'Maria Lopez']]],
  ['name before "presented with"', 'Then Tomas presented with crushing chest pain', [['PATIENT_NAME', 'low', 'Tomas']]],
  ['honorific with weak context', 'Ms. Delgado in room 7 keeps thanking the night shift', [['PATIENT_NAME', 'low', 'Ms. Delgado']]],
  ['pasted "Name:" field', 'Name: Robert Kline, seen in clinic 2/3', [['PATIENT_NAME', 'low', 'Robert Kline']]],
  // dates of birth
  ['DOB with colon, 2-digit year', 'DOB: 3/14/61, allergic to PCN', [['DATE_OF_BIRTH', 'high', '3/14/61']]],
  ['date of birth spelled out', 'Her date of birth is March 14, 1961.', [['DATE_OF_BIRTH', 'high', 'March 14, 1961']]],
  ['born on, day first', 'She was born on 14 March 1961 in Ocala', [['DATE_OF_BIRTH', 'high', '14 March 1961']]],
  ['born in month and year', 'born in March 1961, she still runs 5Ks', [['DATE_OF_BIRTH', 'low', 'March 1961']]],
  ['birthday', 'his birthday is 6/2 and the unit is planning a cake', [['DATE_OF_BIRTH', 'low', '6/2']]],
  // ages over 89
  ['"yo" and admission date', 'Pt is a 93 yo male admitted on 2/3/2026', [['AGE_OVER_89', 'high', '93 yo'], ['ADMISSION_DATE', 'high', '2/3/2026']]],
  ['hyphenated year-old', 'Our 92-year-old patient just finished cardiac rehab!', [['AGE_OVER_89', 'high', '92-year-old']]],
  ['aged', 'a woman aged 95 taught me more about grit than residency did', [['AGE_OVER_89', 'high', 'aged 95']]],
  ['101 yo', 'Had a 101 yo in clinic today who still drives', [['AGE_OVER_89', 'high', '101 yo']]],
  ['clinical shorthand', '93M with CHF presented to the ED again', [['AGE_OVER_89', 'high', '93M']]],
  ['words', 'a ninety-two-year-old veteran taught me to play cribbage', [['AGE_OVER_89', 'high', 'ninety-two-year-old']]],
  ['age set off by commas', 'Bed 4 is Mr. Jones, 94, hx of CHF', [['PATIENT_NAME', 'high', 'Mr. Jones'], ['AGE_OVER_89', 'high', '94']]],
  ['turned, patient', 'My patient turned 100 today and the whole floor sang', [['AGE_OVER_89', 'high', 'turned 100']]],
  ['turned, family', 'My grandmother turned 100 this year and still tweets', [['AGE_OVER_89', 'low', 'turned 100']]],
  // record, account and Social Security numbers
  ['MRN', 'Can someone check MRN 00482913 before rounds?', [['MEDICAL_RECORD_NUMBER', 'high', '00482913']]],
  ['medical record number is', 'medical record number is A1234567', [['MEDICAL_RECORD_NUMBER', 'high', 'A1234567']]],
  ['chart #', 'Chart #4471239 was left open on the workstation', [['MEDICAL_RECORD_NUMBER', 'high', '4471239']]],
  ['acct #', 'Billing keeps calling about Acct #88812345', [['ACCOUNT_NUMBER', 'high', '88812345']]],
  ['member ID', 'member ID: XK9923381 was denied again', [['ACCOUNT_NUMBER', 'high', 'XK9923381']]],
  ['policy number', 'her policy number is 4471-22-903', [['ACCOUNT_NUMBER', 'high', '4471-22-903']]],
  ['claim #', 'claim #2026-0044871 still pending', [['ACCOUNT_NUMBER', 'high', '2026-0044871']]],
  ['bare SSN', 'SSN 123-45-6789', [['SSN', 'high', '123-45-6789']]],
  ['SSN with spaces after cue', 'social security number 123 45 6789', [['SSN', 'high', '123 45 6789']]],
  ['last four of SSN', 'SSN ending in 6789', [['SSN', 'low', '6789']]],
  ['masked SSN', 'form shows xxx-xx-6789', [['SSN', 'low', 'xxx-xx-6789']]],
  // contact details
  ['phone in parentheses', 'reach her at (904) 555-0142', [['PHONE', 'low', '(904) 555-0142']]],
  ['international +1 and dotted', 'call +1 904 555 0123 or 904.555.0123', [['PHONE', 'low', '+1 904 555 0123'], ['PHONE', 'low', '904.555.0123']]],
  ['fax before', 'fax to 904-555-0199', [['FAX', 'low', '904-555-0199']]],
  ['fax after', 'records go to 904-555-0188 (fax)', [['FAX', 'low', '904-555-0188']]],
  ['email', 'her son emailed me from jane.doe84@gmail.com.', [['EMAIL', 'low', 'jane.doe84@gmail.com']]],
  ['street address', 'she lives at 1234 Riverside Ave', [['STREET_ADDRESS', 'low', '1234 Riverside Ave']]],
  ['address with unit', 'moved to 55 W. Oak Ave, Apt 3 after the fall', [['STREET_ADDRESS', 'low', '55 W. Oak Ave, Apt 3']]],
  ['address with city and ZIP', 'sent it to 500 Main Street, Jacksonville, FL 32207', [['STREET_ADDRESS', 'low', '500 Main Street, Jacksonville, FL 32207']]],
  ['lives at without street type', 'he lives at 1234 Riverside near the bridge', [['STREET_ADDRESS', 'low', '1234 Riverside']]],
  ['PO box', 'mail it to PO Box 1234', [['STREET_ADDRESS', 'low', 'PO Box 1234']]],
  // admission and discharge dates
  ['discharged with month name', 'She was admitted on March 3 and discharged on March 10, 2026', [['ADMISSION_DATE', 'high', 'March 3'], ['ADMISSION_DATE', 'high', 'March 10, 2026']]],
  ['the author\'s own stay', 'I was admitted on 5/5/2025 myself, so I get it.', [['ADMISSION_DATE', 'low', '5/5/2025']]],
  ['admission date label', 'Admission date: 02/03/2026, transferred to rehab', [['ADMISSION_DATE', 'high', '02/03/2026']]],
];

// Ordinary professional talk that must pass without a warning.
const NON_EXAMPLES: Array<[string]> = [
  ['Loved Dr. Kevin Pho\'s blog post on physician reviews'],
  ['Mayo Clinic\'s social media guidelines are a great start'],
  ['Cleveland Clinic just launched a new podcast'],
  ['Johns Hopkins Hospital is hiring a social media manager'],
  ['See you at the Annual Conference in Jacksonville on November 14, 2026!'],
  ['Join the #HCSM chat Sunday 9pm ET'],
  ['Great thread on #MedEd and #FOAMed'],
  ['metformin 500 mg twice daily is still first line'],
  ['atorvastatin vs rosuvastatin, thoughts?'],
  ['ICD-10 code E11.9 is type 2 diabetes without complications'],
  ['Is CPT 99213 enough for a telehealth follow-up?'],
  ['What counts as PHI under HIPAA on Instagram?'],
  ['the 2025 Pew survey on health information online'],
  ['a 45-year-old runner with knee pain is our case of the week'],
  ['Celebrating our 90th anniversary this fall'],
  ['Meet us in room 204 at the conference'],
  ['Version 2.3.1 of the app fixes the login bug'],
  ['Please call our main line for appointments'],
  ['Follow our Twitter handle @MayoClinic'],
  ['Jane Smith, RN, BSN, will present at the summit'],
  ['Remember when 1-800 numbers were the joke?'],
  ['Call 1-800-555-0199 for conference tickets'],
  ['Early-bird registration is $795 until Friday'],
  ['Sessions run 9:00\u201310:30 and 11:00\u201312:30'],
  ['We started our Facebook page in 2019'],
  ['our legal team blocked Instagram on work phones'],
  ['Patient Safety Awareness Week is March 8-14'],
  ['Our Patient Experience team launched a new Patient Portal video'],
  ['Patients over 90 years old are a growing share of our census'],
  ['Data on patients aged 90 and older are aggregated'],
  ['mean age 92.4 in the trial arm'],
  ['Our hospital is 120 years old this month'],
  ['a 120-year-old hospital with a brand new Instagram'],
  ['Jimmy Carter was admitted to hospice in 2023 and it sparked a great discussion'],
  ['President Biden was diagnosed with COVID, and the memes followed'],
  ['Thanks to Ms. Rivera, our ICU manager, for a great session!'],
  ['Mr. Smith will speak in room 204 at 3pm'],
  ['Our PT Sarah ran the balance class for staff'],
  ['We were admitted to the HIMSS Social Media Council on January 5, 2026!'],
  ['The hospital admitted 300 patients on 3/3/2020 during the surge'],
  ['Florence Nightingale was born on 12 May 1820'],
  ['Medicare 2025 changes to telehealth billing'],
  ['We claim 50000 followers and billing 99213 is not a topic here'],
  ['Email media@mayo.edu for press questions'],
  ['Patient Zero in the outbreak was never identified'],
  ['Patient Handoffs In The ICU: a primer for new grads'],
  ['A patient asked me to friend her on Facebook. What do you do?'],
  ['Happy Nurses Week! Shout out to Mrs. Alvarez, our nurse manager in the ICU.'],
  ['Congrats to Mr. Thompson on his retirement after 30 years in the ED.'],
  ['Grand rounds at 8 in Room 101, Dr. Lee presenting.'],
  ['We discharged 45 patients on Friday, a record.'],
  ['New study: patients 90+ have lower readmission rates.'],
  ['I told my patient June 3 was too early for the follow-up'],
];

describe('scanForPhi finds likely patient identifiers', () => {
  it.each(EXAMPLES)('%s', (_label, input, expected) => {
    expect(summarize(scanForPhi(input))).toEqual(expected);
  });
});

describe('scanForPhi lets ordinary professional talk pass', () => {
  it.each(NON_EXAMPLES)('%j', (input) => {
    expect(scanForPhi(input)).toEqual([]);
  });
});

describe('scanForPhi findings', () => {
  const posts = EXAMPLES.map(([, input]) => input);
  const longPost = posts.join('\n\n');

  it.each(posts.map((post) => [post]))('offsets slice to the text, sorted and non-overlapping: %j', (post) => {
    const findings = scanForPhi(post);
    findings.forEach((finding, i) => {
      expect(post.slice(finding.start, finding.end)).toBe(finding.text);
      expect(finding.reason.length).toBeGreaterThan(10);
      const previous = findings[i - 1];
      if (previous) expect(finding.start).toBeGreaterThanOrEqual(previous.end);
    });
  });

  it('keeps offsets in a multi-paragraph post with emoji and accents (UTF-16)', () => {
    const post = `\u{1F3E5} R\u00e9sum\u00e9 of the week \u{1F44F}\n\n${longPost}`;
    const findings = scanForPhi(post);
    expect(findings.length).toBeGreaterThanOrEqual(EXAMPLES.length);
    for (const finding of findings) expect(post.slice(finding.start, finding.end)).toBe(finding.text);
  });

  it('keeps the higher-confidence finding when two overlap', () => {
    // Account number (high) vs. phone number (low) over the same digits.
    expect(summarize(scanForPhi('account 904-555-0142'))).toEqual([['ACCOUNT_NUMBER', 'high', '904-555-0142']]);
  });

  it('explains each finding in one sentence', () => {
    const [finding] = scanForPhi('DOB 03/14/1961');
    expect(finding?.reason).toBe('Looks like a date of birth: dates next to \u201cDOB\u201d or \u201cborn\u201d identify patients.');
  });

  it('returns nothing for empty text', () => {
    expect(scanForPhi('')).toEqual([]);
  });
});

describe('phiVerdict', () => {
  const finding = (confidence: PhiConfidence): PhiFinding => ({
    kind: 'PHONE', confidence, start: 0, end: 1, text: '9', reason: 'x',
  });
  it.each<[string, PhiFinding[], string]>([
    ['no findings', [], 'clear'],
    ['one low', [finding('low')], 'confirm'],
    ['several low', [finding('low'), finding('low')], 'confirm'],
    ['one high', [finding('high')], 'hold'],
    ['high among lows', [finding('low'), finding('high'), finding('low')], 'hold'],
  ])('%s → %s', (_label, findings, expected) => {
    expect(phiVerdict(findings)).toBe(expected);
  });

  it.each<[string, string]>([
    ['My patient Jane Roe (DOB 03/14/1961) asked me to post her story', 'hold'],
    ['Mr. Alvarez in room 12 was discharged yesterday', 'hold'],
    ['Pt is a 93 yo male admitted on 2/3/2026', 'hold'],
    ['reach her at (904) 555-0142', 'confirm'],
    ['she lives at 1234 Riverside Ave', 'confirm'],
    ['Maria Lopez, 67, was admitted with sepsis', 'confirm'],
    ['See you at the Annual Conference in Jacksonville on November 14, 2026!', 'clear'],
    ['Loved Dr. Kevin Pho\'s blog post on physician reviews', 'clear'],
  ])('%j → %s', (post, expected) => {
    expect(phiVerdict(scanForPhi(post))).toBe(expected);
  });
});

describe('PHI_KIND_LABELS', () => {
  it('has a short label for every kind', () => {
    const kinds: PhiKind[] = [
      'PATIENT_NAME', 'DATE_OF_BIRTH', 'AGE_OVER_89', 'MEDICAL_RECORD_NUMBER', 'ACCOUNT_NUMBER', 'PHONE', 'FAX',
      'EMAIL', 'STREET_ADDRESS', 'SSN', 'ADMISSION_DATE',
    ];
    expect(Object.keys(PHI_KIND_LABELS).sort()).toEqual([...kinds].sort());
    for (const kind of kinds) expect(PHI_KIND_LABELS[kind].length).toBeLessThanOrEqual(30);
    expect(PHI_KIND_LABELS.DATE_OF_BIRTH).toBe('Date of birth');
  });
});

describe('scanForPhi speed (guards against catastrophic regex backtracking)', () => {
  const MAX_MS = 200;
  const LENGTH = 50_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
  const realistic = fill(
    [...EXAMPLES.map(([, input]) => input), ...NON_EXAMPLES.map(([input]) => input)].join(' ') + '\n\n',
  );

  it.each<[string, string]>([
    ['realistic posts', realistic],
    ['one long word', fill('a')],
    ['one long number', fill('1')],
    ['capitalized words', fill('Aaaa ')],
    ['at signs', fill('@')],
    ['dotted letters', fill('a.')],
    ['near-emails', fill(`${'a'.repeat(60)}@`)],
    ['digit-dash runs', fill('1-')],
    ['near-phones', fill('904 ')],
    ['patient cues', fill('patient ')],
    ['honorific names', fill('Mr. Jones ')],
    ['DOB cues', fill('DOB ')],
    ['names before clinical verbs', fill('Jane Roe was admitted ')],
    ['house numbers', fill('12 Main ')],
  ])(`scans 50k characters of %s in under ${MAX_MS} ms`, (_label, text) => {
    expect(text.length).toBe(LENGTH);
    scanForPhi(text.slice(0, 1000)); // warm up the regex compiler
    const started = performance.now();
    scanForPhi(text);
    expect(performance.now() - started).toBeLessThan(MAX_MS);
  });
});
