import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';

// The browser build of the library ships no names; register English once for both sides.
countries.registerLocale(en);

/** ISO 3166-1 alpha-2 codes only ("US", "GB"): the one form stored, filtered and exported. */
export function isKnownCountry(code: unknown): code is string {
  return typeof code === 'string' && /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

export function countryName(code: string): string {
  return countries.getName(code, 'en', { select: 'official' }) ?? code;
}

let options: { code: string; name: string }[] | null = null;

/** Every country for a picker, sorted by English name. */
export function countryOptions(): readonly { code: string; name: string }[] {
  options ??= Object.entries(countries.getNames('en', { select: 'official' }))
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return options;
}
