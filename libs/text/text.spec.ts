import { isPlausibleEmail } from './is-plausible-email.rule';
import { normalizeEmail } from './normalize-email.rule';

describe('normalizeEmail', () => {
  it.each<[string, string]>([
    ['jane@mayo.edu', 'jane@mayo.edu'],
    ['Jane.Doe@MAYO.Edu', 'jane.doe@mayo.edu'],
    ['  jane@mayo.edu\n', 'jane@mayo.edu'],
    ['\tJANE+Confer@Gmail.com ', 'jane+confer@gmail.com'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeEmail(input)).toBe(expected);
  });
});

describe('isPlausibleEmail', () => {
  const local64 = 'a'.repeat(64);
  const local65 = 'a'.repeat(65);
  // 64 + 1 + 189 = 254 characters with a valid domain of 63+63+59+'.com'.
  const longDomain = `${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com`;

  it.each<[string, boolean]>([
    ['jane@mayo.edu', true],
    ['Jane.Doe@Mayo.Edu', true],
    ['jane+confer@gmail.com', true],
    ['j@x.io', true],
    ["o'brien@nhs.net", true],
    ['first.last@dept.hospital.co.uk', true],
    [`${local64}@mayo.edu`, true],
    [`${local64}@${longDomain}`, true],
    [`${local64}@${longDomain}x`, false],
    [`${local65}@mayo.edu`, false],
    ['', false],
    ['jane', false],
    ['jane@', false],
    ['@mayo.edu', false],
    ['jane@@mayo.edu', false],
    ['jane@doe@mayo.edu', false],
    ['jane@localhost', false],
    ['jane@mayo', false],
    ['jane@mayo..edu', false],
    ['jane@-mayo.edu', false],
    ['jane@[10.0.0.1]', false],
    ['jane@10.0.0.1', false],
    ['jane doe@mayo.edu', false],
    [' jane@mayo.edu', false],
    ['jane@mayo.edu\r\nBcc: x@evil.com', false],
    ['jane\u0000@mayo.edu', false],
    ['"jane"@mayo.edu', false],
    ['<jane@mayo.edu>', false],
    ['jane@mayo.edu/path', false],
    ['jane@http://mayo.edu', false],
  ])('%j → %s', (input, expected) => {
    expect(isPlausibleEmail(input)).toBe(expected);
  });
});
