import { checkPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type PasswordProblem } from './check-password.rule';
import { COMMON_PASSWORDS } from './common-passwords.data';

const EMAIL = 'jane.doe@mayo.edu';

describe('checkPassword', () => {
  it.each<[string, string, { email?: string; displayName?: string } | undefined, PasswordProblem | null]>([
    // good
    ['four unrelated words', 'harbor lantern pickle violet', undefined, null],
    ['passphrase with punctuation', 'Tangerine-Orbit-Lullaby-42', { email: EMAIL }, null],
    ['random mix', 'vK9#qT2!mZx7', undefined, null],
    ['exactly 12 characters', 'Ocelot&Fjord', undefined, null],
    ['sentence', 'My cat naps on the radiator at 3pm', { email: EMAIL, displayName: 'Jane Doe' }, null],
    ['accented letters', 'crème brûlée à minuit', undefined, null],
    ['exactly 128 characters', 'ab3Xy'.repeat(25) + 'Zq9', undefined, null],
    ['common words joined with spaces are a passphrase', 'monkey dragon sunshine trumpet', undefined, null],
    ['short local part is not checked', 'jo-walks-the-dogs-daily', { email: 'jo@mayo.edu' }, null],
    ['letter stem plus random digits', 'q83920174628', undefined, null],
    // too short / too long
    ['empty', '', undefined, 'TOO_SHORT'],
    ['11 characters', 'Xk9#mQ2!vT7', undefined, 'TOO_SHORT'],
    ['emoji count as one character each', '🔒🔒🔒🔒🔒🔒🔒🔒🔒🔒🔒', undefined, 'TOO_SHORT'],
    ['short common', 'password', undefined, 'TOO_SHORT'],
    ['129 characters', 'ab3Xy'.repeat(25) + 'Zq9w', undefined, 'TOO_LONG'],
    // common
    ['password1234', 'password1234', undefined, 'COMMON'],
    ['case does not help', 'PassWord1234', undefined, 'COMMON'],
    ['qwertyuiop123', 'qwertyuiop123', undefined, 'COMMON'],
    ['passwordpassword', 'passwordpassword', undefined, 'COMMON'],
    ['1q2w3e4r5t6y', '1q2w3e4r5t6y', undefined, 'COMMON'],
    ['iloveyou1234', 'ILoveYou1234', undefined, 'COMMON'],
    ['common word plus digits and punctuation', 'Sunshine2024!!', undefined, 'COMMON'],
    ['common word plus a year', 'Football1999', undefined, 'COMMON'],
    ['digits before a common word', '2024!Baseball', undefined, 'COMMON'],
    ['spaces inside a common password', 'pass word 1234', undefined, 'COMMON'],
    ['leet common', 'P@ssw0rd2024!', undefined, 'COMMON'],
    ['one letter repeated', 'aaaaaaaaaaaa', undefined, 'COMMON'],
    ['digit repeated', '000000000000', undefined, 'COMMON'],
    ['short unit repeated', 'abcabcabcabc', undefined, 'COMMON'],
    ['common word repeated', 'monkeymonkeymonkey', undefined, 'COMMON'],
    ['digit sequence with wrap', '123456789012', undefined, 'COMMON'],
    ['descending digits', '987654321098', undefined, 'COMMON'],
    ['alphabet run', 'abcdefghijkl', undefined, 'COMMON'],
    ['keyboard row', 'qwertyuiopas', undefined, 'COMMON'],
    ['keyboard row plus punctuation', 'Asdfghjkl!!!', undefined, 'COMMON'],
    ['letter run then digit run', 'abc123456789', undefined, 'COMMON'],
    ['repeats separated by punctuation', 'aaaa-1111-!!!!', undefined, 'COMMON'],
    ['healthcare cliché', 'Hospital12345', undefined, 'COMMON'],
    // personal details
    ['contains the email local part', 'jane.doe-rocks-2024', { email: EMAIL }, 'CONTAINS_EMAIL'],
    ['contains the local part in capitals', 'JANE.DOE!harbor', { email: 'Jane.Doe@Mayo.edu' }, 'CONTAINS_EMAIL'],
    ['contains the local part without +tag', 'xx-jsmith-violet-xx', { email: 'jsmith+confer@gmail.com' }, 'CONTAINS_EMAIL'],
    ['contains the display name', 'Smith-family-lantern', { displayName: 'Dr. Alan Smith' }, 'CONTAINS_EMAIL'],
    ['contains the whole name without spaces', 'janedoe-lantern', { displayName: 'Jane Doe' }, 'CONTAINS_EMAIL'],
  ])('%s', (_name, password, context, expected) => {
    const result = checkPassword(password, context);
    if (expected === null) {
      expect(result).toEqual({ ok: true });
    } else {
      expect(result).toMatchObject({ ok: false, problem: expected });
      if (!result.ok) expect(result.message).toMatch(/^[A-Z].*\.$/);
    }
  });

  it.each<[PasswordProblem, string, string]>([
    ['TOO_SHORT', 'short', `at least ${PASSWORD_MIN_LENGTH} characters`],
    ['TOO_LONG', 'x'.repeat(PASSWORD_MAX_LENGTH + 1), `at most ${PASSWORD_MAX_LENGTH} characters`],
    ['COMMON', 'letmein12345', 'too common'],
    ['CONTAINS_EMAIL', 'jane.doe-harbor-lantern', 'email address'],
  ])('%s message is user-facing', (problem, password, fragment) => {
    const result = checkPassword(password, { email: EMAIL });
    expect(result).toMatchObject({ ok: false, problem });
    if (!result.ok) expect(result.message).toContain(fragment);
  });
});

describe('COMMON_PASSWORDS', () => {
  it('is a sizeable lower-case list without duplicates', () => {
    expect(COMMON_PASSWORDS.length).toBeGreaterThanOrEqual(500);
    expect(new Set(COMMON_PASSWORDS).size).toBe(COMMON_PASSWORDS.length);
    expect(COMMON_PASSWORDS.every((p) => p === p.toLowerCase() && p.trim() === p && p.length > 0)).toBe(true);
  });

  it.each(['password', '123456', 'qwerty', 'letmein', 'iloveyou', 'welcome', 'admin', 'monkey', 'dragon',
    'football', 'baseball', 'sunshine', 'princess', 'password1234', 'qwertyuiop123', 'passwordpassword',
    '1q2w3e4r5t6y', 'iloveyou1234'])('contains %j', (p) => {
    expect(COMMON_PASSWORDS).toContain(p);
  });
});
