import {
  checkAccountUrl,
  checkSubmission,
  countryName,
  directoryQueryString,
  duplicateNameKey,
  isKnownCountry,
  normalizeWebsite,
  parseDirectoryFilter,
  prefixTsQuery,
  rawFilterFromQuery,
  spreadsheetSafe,
  type Platform,
} from './index';

describe('checkAccountUrl', () => {
  const cases: [Platform, string, string][] = [
    ['facebook', 'https://www.facebook.com/mayoclinic', 'ok'],
    ['facebook', 'facebook.com/mayoclinic', 'ok'],
    ['facebook', 'https://m.facebook.com/mayoclinic', 'ok'],
    ['facebook', 'https://fb.me/mayoclinic', 'ok'],
    ['facebook', 'https://facebook.com.evil.example/mayoclinic', 'URL_NOT_ON_PLATFORM'],
    ['facebook', 'https://notfacebook.com/mayoclinic', 'URL_NOT_ON_PLATFORM'],
    ['facebook', 'https://www.facebook.com/', 'ACCOUNT_PATH_MISSING'],
    ['x', 'https://x.com/MayoClinic', 'ok'],
    ['x', 'https://twitter.com/MayoClinic', 'ok'],
    ['x', 'https://www.youtube.com/MayoClinic', 'URL_NOT_ON_PLATFORM'],
    ['youtube', 'https://youtu.be/abc', 'ok'],
    ['youtube', 'https://www.youtube.com/@mayoclinic', 'ok'],
    ['linkedin', 'https://www.linkedin.com/company/mayo-clinic', 'ok'],
    ['instagram', 'https://instagram.com/mayoclinic', 'ok'],
    ['tiktok', 'https://www.tiktok.com/@mayoclinic', 'ok'],
    ['tiktok', 'https://www.instagram.com/mayoclinic', 'URL_NOT_ON_PLATFORM'],
    ['blog', 'https://newsnetwork.mayoclinic.org/', 'ok'],
    ['podcast', 'https://podcasts.example.com/show', 'ok'],
    ['other', 'https://threads.net/@mayo', 'ok'],
    ['facebook', 'javascript:alert(1)', 'INVALID_URL'],
    ['blog', 'ftp://files.example.org/blog', 'INVALID_URL'],
    ['blog', 'https://user:pw@example.org/', 'INVALID_URL'],
    ['blog', 'not a url', 'INVALID_URL'],
    ['blog', 'https://localhost/blog', 'INVALID_URL'],
    ['blog', 'https://10.0.0.1/blog', 'INVALID_URL'],
    ['blog', '', 'INVALID_URL'],
    ['blog', `https://example.org/${'a'.repeat(600)}`, 'INVALID_URL'],
  ];
  it.each(cases)('%s %s → %s', (platform, url, expected) => {
    const verdict = checkAccountUrl(platform, url);
    expect(verdict.ok ? 'ok' : verdict.reason).toBe(expected);
  });

  it('adds https and drops the fragment', () => {
    expect(checkAccountUrl('x', 'x.com/mayo#top')).toEqual({ ok: true, url: 'https://x.com/mayo' });
  });
});

describe('normalizeWebsite', () => {
  it.each([
    ['https://www.MayoClinic.org', { url: 'https://www.mayoclinic.org/', domain: 'mayoclinic.org' }],
    ['mayoclinic.org/about', { url: 'https://mayoclinic.org/about', domain: 'mayoclinic.org' }],
    ['http://health.example.co.uk/', { url: 'http://health.example.co.uk/', domain: 'health.example.co.uk' }],
    ['mailto:info@example.org', null],
    ['https://exa mple.org', null],
  ])('%s', (raw, expected) => expect(normalizeWebsite(raw)).toEqual(expected));
});

describe('duplicateNameKey', () => {
  it.each([
    ['Springfield General Hospital', 'The Springfield General Hospital, Inc.'],
    ['St. Mary’s Medical Center', 'St Marys Medical Centre'],
    ['Hôpital Saint-Louis', 'Hopital Saint Louis'],
    ['Lakeside Health & Wellness', 'Lakeside Health and Wellness'],
  ])('%s ≈ %s', (a, b) => expect(duplicateNameKey(a)).toBe(duplicateNameKey(b)));

  it.each([
    ['Springfield General Hospital', 'Shelbyville General Hospital'],
    ['Northern Clinic', 'Southern Clinic'],
  ])('%s ≠ %s', (a, b) => expect(duplicateNameKey(a)).not.toBe(duplicateNameKey(b)));

  it('keeps filler words when nothing else is left', () => expect(duplicateNameKey('The Health Center')).toBe('center health the'));
});

describe('prefixTsQuery', () => {
  it.each([
    ['mayo clin', 'mayo:* & clin:*'],
    ["  O'Brien & (sons) | !x ", 'o:* & brien:* & sons:* & x:*'],
    ['Zürich', 'zürich:*'],
    ['&|!():*', null],
    ['', null],
  ])('%j → %j', (text, expected) => expect(prefixTsQuery(text)).toBe(expected));
});

describe('countries', () => {
  it.each([
    ['US', true],
    ['GB', true],
    ['us', false],
    ['USA', false],
    ['ZZ', false],
    ['', false],
  ])('%s known: %s', (code, known) => expect(isKnownCountry(code)).toBe(known));
  it('names in English', () => expect(countryName('DE')).toBe('Germany'));
});

describe('spreadsheetSafe', () => {
  it.each([
    ['=HYPERLINK("x")', '\'=HYPERLINK("x")'],
    ['+1 555', "'+1 555"],
    ['-x', "'-x"],
    ['@sum', "'@sum"],
    ['Mayo Clinic', 'Mayo Clinic'],
  ])('%s', (input, out) => expect(spreadsheetSafe(input)).toBe(out));
});

describe('checkSubmission', () => {
  const good = {
    name: '  Lakeside   Children’s Hospital ',
    type: 'hospital',
    country: 'US',
    region: 'Florida',
    city: 'Jacksonville',
    website: 'www.lakeside-childrens.example.org',
    accounts: [
      { platform: 'facebook', url: 'https://facebook.com/lakesidekids' },
      { platform: 'blog', url: 'https://blog.lakeside-childrens.example.org' },
    ],
  };

  it('normalises a good submission', () => {
    const verdict = checkSubmission(good);
    expect(verdict).toEqual({
      ok: true,
      value: {
        name: 'Lakeside Children’s Hospital',
        type: 'hospital',
        country: 'US',
        region: 'Florida',
        city: 'Jacksonville',
        website: 'https://www.lakeside-childrens.example.org/',
        websiteDomain: 'lakeside-childrens.example.org',
        accounts: [
          { platform: 'facebook', url: 'https://facebook.com/lakesidekids' },
          { platform: 'blog', url: 'https://blog.lakeside-childrens.example.org/' },
        ],
      },
    });
  });

  it.each([
    [{ name: ' ' }, 'INVALID_NAME', 'name'],
    [{ name: 'x'.repeat(201) }, 'TEXT_TOO_LONG', 'name'],
    [{ type: 'pharmacy' }, 'UNKNOWN_TYPE', 'type'],
    [{ country: 'XX' }, 'UNKNOWN_COUNTRY', 'country'],
    [{ region: 'r'.repeat(101) }, 'TEXT_TOO_LONG', 'region'],
    [{ city: 'c'.repeat(101) }, 'TEXT_TOO_LONG', 'city'],
    [{ website: 'not a site' }, 'INVALID_WEBSITE', 'website'],
    [{ accounts: [] }, 'NO_ACCOUNTS', 'accounts'],
    [{ accounts: Array.from({ length: 21 }, (_, i) => ({ platform: 'other', url: `https://e${i}.example.org` })) }, 'TOO_MANY_ACCOUNTS', 'accounts'],
    [{ accounts: [{ platform: 'myspace', url: 'https://myspace.com/x' }] }, 'UNKNOWN_PLATFORM', 'accounts.0.platform'],
    [{ accounts: [{ platform: 'x', url: 'x.com/a' }, { platform: 'x', url: 'nope' }] }, 'INVALID_URL', 'accounts.1.url'],
    [{ accounts: [{ platform: 'instagram', url: 'https://facebook.com/a' }] }, 'URL_NOT_ON_PLATFORM', 'accounts.0.url'],
    [{ accounts: [{ platform: 'x', url: 'https://x.com/a' }, { platform: 'x', url: 'https://x.com/a/' }] }, 'DUPLICATE_ACCOUNT', 'accounts.1.url'],
  ])('%j → %s', (patch, problem, field) => {
    const verdict = checkSubmission({ ...good, ...patch });
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) {
      expect(verdict.problem).toBe(problem);
      expect(Object.keys(verdict.fields)).toEqual([field]);
    }
  });
});

describe('parseDirectoryFilter', () => {
  it('accepts known values, upper-cases countries and drops repeats', () => {
    expect(parseDirectoryFilter({ countries: ['us', 'US', 'ca'], types: ['clinic'], platforms: ['x'], search: ' mayo ' })).toEqual({
      ok: true,
      filter: { countries: ['US', 'CA'], types: ['clinic'], platforms: ['x'], search: 'mayo', tsQuery: 'mayo:*' },
    });
  });
  it.each([
    [{ countries: ['Narnia'] }, 'UNKNOWN_COUNTRY'],
    [{ types: ['spa'] }, 'UNKNOWN_TYPE'],
    [{ platforms: ['myspace'] }, 'UNKNOWN_PLATFORM'],
    [{ search: 's'.repeat(201) }, 'TEXT_TOO_LONG'],
  ])('%j → %s', (raw, problem) => {
    const verdict = parseDirectoryFilter(raw);
    expect(verdict.ok ? 'ok' : verdict.problem).toBe(problem);
  });
  it('round-trips through the export link', () => {
    const raw = { countries: ['US', 'GB'], types: ['hospital'], platforms: ['x', 'tiktok'], search: 'mayo & co' };
    const qs = directoryQueryString(raw, 'country');
    const query: Record<string, string | string[]> = {};
    for (const [k, v] of new URLSearchParams(qs)) query[k] = k in query ? [query[k]].flat().concat(v) : v;
    expect(rawFilterFromQuery(query)).toEqual({ filter: raw, sort: 'country' });
  });
});
