// Word lists behind the PHI guard. Kept as data so moderators' false-positive reports turn into
// one-line changes here rather than regex surgery. All entries are lower-case unless noted.

/** Titles that mark the next capitalized words as a private person's name ("Mrs. Patel"). */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'mister']);

/**
 * Titles that mark a professional or public person: a name after these is a colleague or a public
 * figure ("Dr. Kevin Pho's blog", "President Carter was admitted"), not a patient in the member's care.
 */
export const PUBLIC_TITLES: ReadonlySet<string> = new Set([
  'dr', 'doctor', 'prof', 'professor', 'president', 'senator', 'sen', 'rep', 'representative',
  'governor', 'gov', 'mayor', 'secretary', 'judge', 'justice', 'sir', 'dame', 'lord', 'lady',
  'king', 'queen', 'prince', 'princess', 'pope', 'saint', 'st', 'rev', 'reverend', 'father',
  'sister', 'brother', 'nurse', 'coach', 'captain', 'general', 'chancellor', 'dean', 'ceo',
  'commissioner', 'surgeon', 'author', 'actor', 'actress', 'singer', 'rapper', 'star',
]);

/** Words that make the next capitalized words a patient's name ("my patient Jane Roe", "pt Maria Lopez"). */
export const PATIENT_CUES: ReadonlySet<string> = new Set(['patient', "patient's", 'patient\u2019s', 'pt', "pt's", 'pt\u2019s']);

/**
 * Words allowed between a patient cue and the name: "patient named Jane", "patient's daughter Maria"
 * (relatives' names are identifiers too), "patient name is Jane".
 */
export const PATIENT_CUE_FILLERS: ReadonlySet<string> = new Set([
  'name', 'named', 'called', 'is', 'was', 'wife', 'husband', 'daughter', 'son', 'mother', 'father',
  'mom', 'dad', 'sister', 'brother', 'partner', 'caregiver', 'granddaughter', 'grandson', 'niece',
  'nephew', 'aunt', 'uncle', 'spouse', 'child', 'baby', 'boy', 'girl',
]);

/**
 * Words near a name that show the person is under care ("Mr. Jones in bed 4", "Mrs. Patel was
 * admitted"). Tested case-insensitively on a window around the name, the name itself left out.
 */
export const CLINICAL_CONTEXT_RE =
  /\b(?:admitted|admission|readmitted|discharged|diagnosed|diagnosis|dx|presented with|presents with|presenting with|came in with|bed ?#?\d{1,4}|intubated|extubated|coded|biopsy|chemo|chemotherapy|dialysis|hospice|prognosis|post-?op|vitals|mrn|dob|year-old|yo|y\/o|patient|pt|overdose|sepsis|code blue|dnr|prescribed|symptoms|c\/o|s\/p|hx)\b/i;

/**
 * Words that often, but not always, mean care: a room number may be a conference room, a unit may
 * be where a colleague works. On their own they make a name finding 'low'.
 */
export const WEAK_CLINICAL_CONTEXT_RE =
  /\b(?:(?:room|rm)\.? ?#?\d{1,4}|surgery|meds|triage|ambulance|telemetry|ventilator|stroke|fracture|pre-?op)\b/i;

/** Unit names that are also words in lower case ("ED", "ER", "OR"), so tested case-sensitively; weak like the above. */
export const CLINICAL_ACRONYM_RE = /\b(?:ED|ER|OR|ICU|CCU|NICU|PICU|MICU|SICU|PACU|L&D)\b/;

/**
 * Words near a name that suggest a colleague, speaker or honoree rather than a patient
 * ("Thanks to Ms. Rivera, our ICU manager"). They lower a name finding one step: high to low,
 * low to nothing.
 */
export const COUNTER_CONTEXT_RE =
  /\b(?:speaker|speaking|speak|speaks|spoke|keynote|presentation|poster|session|talk|panel|panelist|webinar|conference|booth|workshop|lecture|podcast|colleague|coworker|co-worker|award|congrats|congratulations|thanks|thank|retiring|retired|retirement|welcome|hired|joined|ceo|director|manager|blog|article|author|interview)\b/i;

/** Public figures members discuss in health-care social media (lower-case full names). */
export const PUBLIC_FIGURES: readonly string[] = [
  'kevin pho', 'bryan vartabedian', 'farris timimi', 'lee aase', 'ed bennett', 'meredith gould',
  'susannah fox', 'dave debronkart', 'regina holliday', 'howard luks', 'mike sevilla', 'eric topol',
  'anthony fauci', 'atul gawande', 'vivek murthy', 'sanjay gupta', 'mehmet oz', 'paul farmer',
  'ezekiel emanuel', 'rochelle walensky', 'tedros adhanom', 'jerome adams', 'leana wen',
  'barack obama', 'michelle obama', 'joe biden', 'jill biden', 'donald trump', 'melania trump',
  'kamala harris', 'hillary clinton', 'bill clinton', 'jimmy carter', 'rosalynn carter',
  'george bush', 'ronald reagan', 'john mccain', 'robert kennedy', 'abraham lincoln',
  'george washington', 'martin luther king', 'florence nightingale', 'clara barton',
  'mary seacole', 'virginia henderson', 'jonas salk', 'louis pasteur', 'henrietta lacks',
  'william mayo', 'charles mayo', 'william osler', 'elizabeth blackwell', 'fred rogers',
  'bruce willis', 'michael fox', 'christopher reeve', 'magic johnson', 'angelina jolie',
  'steve jobs', 'bill gates', 'melinda gates', 'elon musk', 'mark zuckerberg', 'jack dorsey',
  'taylor swift', 'oprah winfrey', 'serena williams', 'simone biles', 'lebron james',
  'tom brady', 'celine dion', 'christina applegate', 'selena gomez', 'kate middleton',
  'elizabeth holmes', 'stephen hawking', 'albert einstein', 'charles darwin',
];

/**
 * Distinctive surnames of public figures, so "Mrs. Obama" or "Mr. Rogers" is not taken for a
 * patient. Common surnames (Carter, Lee, Gupta) are left out: "Mrs. Gupta was admitted" is a patient.
 */
export const PUBLIC_FIGURE_SURNAMES: ReadonlySet<string> = new Set([
  'obama', 'biden', 'trump', 'clinton', 'reagan', 'fauci', 'gawande', 'topol', 'nightingale',
  'musk', 'zuckerberg', 'winfrey', 'rogers', 'vartabedian', 'timimi', 'pho',
]);

/**
 * Capitalized words that are part of institution, place, brand or event names, never a patient's
 * name on their own ("Mayo Clinic", "Johns Hopkins Hospital", "Cleveland Clinic").
 */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  'hospital', 'hospitals', 'clinic', 'clinics', 'medical', 'medicine', 'center', 'centre',
  'centers', 'university', 'univ', 'health', 'healthcare', 'conference', 'summit', 'institute',
  'college', 'school', 'foundation', 'association', 'society', 'academy', 'council', 'board',
  'department', 'dept', 'system', 'network', 'group', 'partners', 'alliance', 'coalition',
  'mayo', 'cleveland', 'johns', 'hopkins', 'kaiser', 'permanente', 'mount', 'mt', 'sinai',
  'memorial', 'children', "children's", 'regional', 'general', 'community', 'baptist',
  'methodist', 'presbyterian', 'lutheran', 'adventist', 'mercy', 'providence', 'ascension',
  'intermountain', 'geisinger', 'sloan', 'kettering', 'cedars', 'brigham', 'massachusetts',
  'stanford', 'duke', 'emory', 'vanderbilt', 'baylor', 'northwestern', 'yale', 'harvard',
  'penn', 'columbia', 'cornell', 'rush', 'ochsner', 'atrium', 'advocate', 'trinity', 'banner',
  'sutter', 'dignity', 'tenet', 'veterans', 'affairs', 'pew', 'gallup', 'jacksonville',
  'florida', 'rochester', 'minnesota', 'arizona', 'boston', 'houston', 'chicago', 'baltimore',
  'nashville', 'atlanta', 'seattle', 'denver', 'dallas', 'phoenix', 'philadelphia', 'america',
  'american', 'national', 'international', 'global', 'world', 'united', 'states', 'county',
  'city', 'state', 'federal', 'annual', 'twitter', 'facebook', 'instagram', 'youtube', 'tiktok',
  'linkedin', 'reddit', 'snapchat', 'pinterest', 'whatsapp', 'threads', 'bluesky', 'mastodon',
  'google', 'apple', 'microsoft', 'amazon', 'meta', 'epic', 'cerner', 'oracle', 'mychart',
  'zoom', 'teams', 'slack', 'doximity', 'medscape', 'webmd', 'kevinmd', 'confer', 'hipaa',
  'medicare', 'medicaid', 'tricare', 'aetna', 'cigna', 'humana', 'anthem', 'blue', 'cross',
  'shield', 'unitedhealthcare', 'optum', 'walgreens', 'walmart', 'target', 'costco',
]);

/** Brand drug names members mention; capitalized, so they could pass for a surname. */
export const DRUG_NAMES: ReadonlySet<string> = new Set([
  'lasix', 'tylenol', 'advil', 'motrin', 'aleve', 'ozempic', 'wegovy', 'mounjaro', 'zepbound',
  'lipitor', 'crestor', 'eliquis', 'xarelto', 'coumadin', 'warfarin', 'narcan', 'humira',
  'keytruda', 'zoloft', 'prozac', 'lexapro', 'xanax', 'ativan', 'ambien', 'norco', 'percocet',
  'dilaudid', 'vicodin', 'oxycontin', 'suboxone', 'benadryl', 'zofran', 'keflex', 'augmentin',
  'zithromax', 'cipro', 'flagyl', 'plavix', 'synthroid', 'metformin', 'insulin', 'lantus',
  'humalog', 'jardiance', 'farxiga', 'trulicity', 'paxlovid', 'tamiflu', 'botox', 'atorvastatin',
  'lisinopril', 'amoxicillin', 'heparin', 'vancomycin', 'zosyn', 'toradol', 'ketamine', 'epi',
]);

/**
 * Common English words that are capitalized in titles or at the start of a sentence and can follow
 * "patient" ("Patient Safety Week", "Patient Experience"). A name candidate that is one of these is
 * not a name. Real first names that are also words (Grace, Hope, Rose, Mark, Will) are left out on
 * purpose: after "my patient" they are far more likely to be names.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  // pronouns, determiners, conjunctions, prepositions, auxiliaries
  'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'hers',
  'they', 'them', 'their', 'it', 'its', 'this', 'that', 'these', 'those', 'who', 'whom', 'whose',
  'what', 'which', 'when', 'where', 'why', 'how', 'a', 'an', 'the', 'and', 'or', 'but', 'nor',
  'so', 'yet', 'if', 'then', 'than', 'because', 'while', 'although', 'though', 'after', 'before',
  'since', 'until', 'unless', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'without',
  'about', 'into', 'onto', 'over', 'under', 'between', 'among', 'through', 'during', 'per', 'via',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does',
  'did', 'can', 'could', 'would', 'should', 'shall', 'might', 'must', 'not', 'no',
  'yes', 'all', 'any', 'some', 'every', 'each', 'both', 'either', 'neither', 'one', 'two', 'three',
  'first', 'second', 'third', 'last', 'next', 'new', 'old', 'other', 'another', 'same', 'such',
  'many', 'much', 'more', 'most', 'few', 'less', 'least', 'own', 'very', 'just', 'also', 'only',
  'even', 'still', 'again', 'here', 'there', 'now', 'today', 'tonight', 'tomorrow', 'yesterday',
  'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody', 'nobody', 'none',
  'something', 'nothing', 'everything', 'anything', 'please', 'thanks', 'thank', 'hi', 'hello',
  'hey', 'dear', 'ok', 'okay', 'well', 'oh', 'wow', 'sorry', 'great', 'good', 'bad', 'best',
  'better', 'happy', 'sad', 'big', 'small', 'little', 'long', 'short', 'high', 'low', 'real',
  'true', 'false', 'full', 'free', 'open', 'closed', 'public', 'private', 'personal', 'social',
  'digital', 'online', 'virtual', 'live', 'official', 'local', 'young', 'older', 'elderly',
  'male', 'female', 'man', 'woman', 'men', 'women', 'boy', 'girl', 'baby', 'infant', 'child',
  'kid', 'teen', 'adult', 'family', 'mom', 'dad', 'grandma', 'grandpa', 'wife', 'husband',
  'daughter', 'son', 'mother', 'father', 'friend', 'people', 'person', 'human', 'humans',
  // words that follow "patient" in program, role and event names
  'safety', 'experience', 'experiences', 'portal', 'portals', 'advocacy', 'advocates', 'care',
  'centered', 'centred', 'engagement', 'satisfaction', 'voice', 'voices', 'story', 'stories',
  'education', 'educator', 'privacy', 'rights', 'right', 'relations', 'relation', 'access',
  'financial', 'services', 'service', 'family', 'families', 'advisory', 'journey', 'journeys',
  'outcomes', 'outcome', 'zero', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year',
  'years', 'awareness', 'appreciation', 'navigator', 'navigators', 'navigation', 'liaison',
  'representative', 'coordinator', 'coordinators', 'transport', 'transporter', 'flow',
  'information', 'info', 'data', 'records', 'record', 'chart', 'charts', 'portal', 'app', 'apps',
  'feedback', 'survey', 'surveys', 'reviews', 'review', 'ratings', 'rating', 'complaints',
  'complaint', 'grievance', 'consent', 'confidentiality', 'communication', 'communications',
  'first', 'focused', 'driven', 'led', 'partner', 'partners', 'partnership', 'perspective',
  'perspectives', 'panel', 'council', 'forum', 'summit', 'guide', 'guides', 'handbook',
  'toolkit', 'resources', 'resource', 'support', 'room', 'rooms', 'bed', 'beds', 'unit',
  'units', 'floor', 'wing', 'ward', 'list', 'lists', 'case', 'cases', 'note', 'notes', 'chart',
  'photos', 'photo', 'pictures', 'picture', 'images', 'image', 'videos', 'video', 'posts', 'post',
  'testimonials', 'testimonial', 'quotes', 'quote', 'names', 'name', 'identifiers', 'identifier',
  'information', 'confidential', 'protected', 'health', 'identifiable', 'phi', 'pii',
  // social-media and event vocabulary that shows up in title case
  'social', 'media', 'marketing', 'strategy', 'policy', 'policies', 'guidelines', 'guideline',
  'rules', 'rule', 'best', 'practices', 'practice', 'tips', 'tip', 'chat', 'chats', 'tweetchat',
  'hashtag', 'hashtags', 'thread', 'threads', 'live', 'stream', 'webinar', 'podcast', 'episode',
  'blog', 'article', 'newsletter', 'campaign', 'content', 'brand', 'branding', 'reputation',
  'crisis', 'response', 'team', 'staff', 'leadership', 'management', 'manager', 'director',
  'officer', 'office', 'committee', 'annual', 'meeting', 'session', 'sessions', 'keynote',
  'workshop', 'track', 'agenda', 'registration', 'award', 'awards', 'winner', 'winners',
  // days and months that are never first names
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'christmas', 'thanksgiving',
  'easter', 'halloween',
  // clinical words capitalized at a sentence start ("Sepsis was diagnosed early")
  'cancer', 'sepsis', 'covid', 'flu', 'influenza', 'pneumonia', 'diabetes', 'stroke', 'dementia',
  'delirium', 'asthma', 'copd', 'chf', 'hypertension', 'infection', 'fracture', 'surgery',
  'treatment', 'therapy', 'diagnosis', 'prognosis', 'symptoms', 'pain', 'fever', 'rash',
  'melanoma', 'leukemia', 'lymphoma', 'tumor', 'tumour', 'mass', 'lesion', 'nothing', 'imaging',
  'labs', 'lab', 'nurse', 'nurses', 'nursing', 'doctor', 'doctors', 'physician', 'physicians',
  'resident', 'residents', 'intern', 'interns', 'attending', 'fellow', 'surgeon', 'surgeons',
  'clinician', 'clinicians', 'provider', 'providers', 'pharmacist', 'therapist', 'student',
  'students', 'volunteer', 'volunteers', 'chaplain', 'admin', 'admissions', 'discharge',
  'emergency', 'urgent', 'primary', 'intensive', 'critical', 'acute', 'chronic', 'hospice',
  'palliative', 'pediatric', 'pediatrics', 'oncology', 'cardiology', 'radiology', 'neurology',
  'psychiatry', 'obstetrics', 'surgical', 'clinical', 'behavioral', 'mental', 'physical',
  'occupational', 'respiratory', 'trauma', 'icu', 'er', 'ed', 'or', 'pt', 'patient', 'patients',
  'client', 'clients', 'member', 'members', 'caregiver', 'caregivers', 'consumer', 'consumers',
]);

/** Street-type words that end a street address ("1234 Riverside Ave", "55 W. Oak Ave"). */
export const STREET_SUFFIXES: ReadonlySet<string> = new Set([
  'street', 'st', 'avenue', 'ave', 'av', 'road', 'rd', 'boulevard', 'blvd', 'drive', 'dr', 'lane',
  'ln', 'court', 'ct', 'place', 'pl', 'way', 'terrace', 'ter', 'circle', 'cir', 'parkway', 'pkwy',
  'highway', 'hwy', 'trail', 'trl', 'square', 'sq', 'loop', 'pike', 'alley', 'crescent', 'cres',
  'close', 'row', 'plaza', 'run', 'path', 'pass', 'point', 'pt', 'cove', 'crossing', 'xing',
]);

/** Compass words that may precede a street name ("55 W. Oak Ave", "200 North Main Street"). */
export const STREET_DIRECTIONS: ReadonlySet<string> = new Set([
  'n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw', 'north', 'south', 'east', 'west',
  'northeast', 'northwest', 'southeast', 'southwest',
]);

/**
 * Nouns that make an "N-year-old" something other than a person ("a 120-year-old hospital",
 * "our 100-year-old tradition").
 */
export const NON_PERSON_NOUNS: ReadonlySet<string> = new Set([
  'hospital', 'hospitals', 'clinic', 'building', 'buildings', 'institution', 'organization',
  'organisation', 'company', 'firm', 'business', 'brand', 'church', 'school', 'university',
  'college', 'house', 'home', 'homes', 'tree', 'trees', 'tradition', 'traditions', 'law', 'laws',
  'rule', 'rules', 'journal', 'newspaper', 'magazine', 'program', 'programme', 'practice',
  'society', 'association', 'foundation', 'bridge', 'record', 'problem', 'question', 'debate',
  'idea', 'recipe', 'photo', 'photograph', 'picture', 'letter', 'book', 'wine', 'whiskey',
  'bottle', 'ship', 'car', 'piano', 'barn', 'farm', 'town', 'city', 'system', 'campus', 'wing',
  'institution', 'profession', 'specialty', 'textbook', 'drug', 'vaccine', 'technique',
]);

/**
 * Role mailboxes publish an organization, not a person ("media@mayo.edu"), so they are not flagged.
 */
export const ROLE_MAILBOXES: ReadonlySet<string> = new Set([
  'info', 'information', 'media', 'press', 'news', 'contact', 'contactus', 'support', 'help',
  'helpdesk', 'admin', 'hello', 'communications', 'comms', 'marketing', 'socialmedia', 'social',
  'webmaster', 'noreply', 'no-reply', 'donotreply', 'office', 'events', 'registration',
  'membership', 'members', 'privacy', 'compliance', 'legal', 'hr', 'careers', 'jobs', 'billing',
  'feedback', 'editor', 'editors', 'team', 'sales', 'confer', 'moderators', 'publicaffairs',
]);

/** Toll-free area codes belong to organizations, not patients ("1-800-555-0199" on a flyer). */
export const TOLL_FREE_AREA_CODES: ReadonlySet<string> = new Set(['800', '833', '844', '855', '866', '877', '888']);
