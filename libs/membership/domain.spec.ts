import { domainMatches } from './domain-matches.rule';
import { emailDomain } from './email-domain.rule';
import { normalizeDomain } from './normalize-domain.rule';

describe('normalizeDomain', () => {
  it.each<[string, string | null]>([
    ['mayo.edu', 'mayo.edu'],
    ['MAYO.EDU', 'mayo.edu'],
    ['  Mayo.Edu  ', 'mayo.edu'],
    ['mayo.edu.', 'mayo.edu'],
    ['dept.mayo.edu', 'dept.mayo.edu'],
    ['nhs.net', 'nhs.net'],
    ['my-hospital.co.uk', 'my-hospital.co.uk'],
    ['123health.org', '123health.org'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example'],
    [`${'a'.repeat(63)}.com`, `${'a'.repeat(63)}.com`],
    [`${'a'.repeat(64)}.com`, null],
    [`${'a.'.repeat(125)}com`, `${'a.'.repeat(125)}com`], // 253 characters
    [`${'a.'.repeat(126)}com`, null], // 255 characters
    ['', null],
    ['   ', null],
    ['.', null],
    ['localhost', null],
    ['com', null],
    ['http://x.com', null],
    ['https://mayo.edu/', null],
    ['x.com/path', null],
    ['*.x.com', null],
    ['jane@mayo.edu', null],
    ['mayo..edu', null],
    ['.mayo.edu', null],
    ['mayo.edu..', null],
    ['-mayo.edu', null],
    ['mayo-.edu', null],
    ['mayo.e', null],
    ['mayo.123', null],
    ['10.0.0.1', null],
    ['mayo edu.com', null],
    ['mayo_clinic.org', null],
    ['mayo.edu:443', null],
    ['mayö.edu', null],
  ])('%j → %j', (input, expected) => {
    expect(normalizeDomain(input)).toBe(expected);
  });
});

describe('domainMatches', () => {
  it.each<[string, string, boolean]>([
    ['mayo.edu', 'mayo.edu', true],
    ['MAYO.edu', 'mayo.EDU', true],
    ['mayo.edu.', 'mayo.edu', true],
    ['mayo.edu', 'mayo.edu.', true],
    [' mayo.edu', 'mayo.edu ', true],
    ['dept.mayo.edu', 'mayo.edu', false],
    ['mayo.edu', 'dept.mayo.edu', false],
    ['mayo.edu.evil.com', 'mayo.edu', false],
    ['evilmayo.edu', 'mayo.edu', false],
    ['mayo-edu.com', 'mayo.edu', false],
    ['rnayo.edu', 'mayo.edu', false],
    ['mayo.edu', '*.mayo.edu', false],
    ['mayo.com', 'mayo.edu', false],
    ['', '', false],
    ['localhost', 'localhost', false],
  ])('%j vs %j → %s', (a, b, expected) => {
    expect(domainMatches(a, b)).toBe(expected);
  });
});

describe('emailDomain', () => {
  it.each<[string, string | null]>([
    ['jane@mayo.edu', 'mayo.edu'],
    ['Jane.Doe@MAYO.Edu', 'mayo.edu'],
    ['jane@mayo.edu.', 'mayo.edu'],
    ['  jane@mayo.edu  ', 'mayo.edu'],
    ['"odd@local"@mayo.edu', 'mayo.edu'],
    ['jane+confer@dept.mayo.edu', 'dept.mayo.edu'],
    ['mayo.edu', null],
    ['@mayo.edu', null],
    ['jane@', null],
    ['jane@localhost', null],
    ['', null],
  ])('%j → %j', (input, expected) => {
    expect(emailDomain(input)).toBe(expected);
  });
});
