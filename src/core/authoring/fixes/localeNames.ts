/**
 * Locales written the way people say them (`en-GB`, `en_gb`, `english`, `English (UK)`) read as
 * language_COUNTRY codes: the one meant, or the likely ones when the country is not said.
 */

/** Language names and their ISO 639 codes: the languages of UK, Irish, Australian and North American releases. */
const LANGUAGES: Readonly<Record<string, string>> = {
  english: 'en', british: 'en', american: 'en', australian: 'en', welsh: 'cy', cymraeg: 'cy', irish: 'ga', gaeilge: 'ga',
  gaelic: 'gd', scots: 'sco', french: 'fr', german: 'de', spanish: 'es', italian: 'it', dutch: 'nl', portuguese: 'pt',
  polish: 'pl', romanian: 'ro', urdu: 'ur', punjabi: 'pa', bengali: 'bn', gujarati: 'gu', hindi: 'hi', arabic: 'ar',
  chinese: 'zh', somali: 'so', turkish: 'tr', lithuanian: 'lt',
};

/** Country names and their ISO 3166 codes; a nation of the UK is GB. */
const COUNTRIES: Readonly<Record<string, string>> = {
  uk: 'GB', gb: 'GB', 'united kingdom': 'GB', 'great britain': 'GB', britain: 'GB', british: 'GB', england: 'GB', wales: 'GB', scotland: 'GB',
  'northern ireland': 'GB', us: 'US', usa: 'US', 'united states': 'US', america: 'US', american: 'US', ireland: 'IE', ie: 'IE',
  australia: 'AU', australian: 'AU', au: 'AU', 'new zealand': 'NZ', nz: 'NZ', canada: 'CA', ca: 'CA', france: 'FR', germany: 'DE', spain: 'ES',
};

/** Where a language is mostly written, when only the language is given, likeliest first. */
const USUAL_COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  en: ['GB', 'US', 'IE', 'AU'],
  cy: ['GB'],
  ga: ['IE'],
  gd: ['GB'],
  sco: ['GB'],
  pt: ['PT', 'BR'],
  es: ['ES', 'MX'],
  zh: ['CN', 'TW'],
  ar: ['SA', 'EG'],
  ur: ['PK'],
  pa: ['IN'],
  bn: ['BD'],
  gu: ['IN'],
  hi: ['IN'],
  so: ['SO'],
};

const codeOf = (language: string, country: string) => `${language.toLowerCase()}_${country.toUpperCase()}`;

/**
 * The locales `written` likely means, likeliest first: one when it names the language and the country,
 * several when it names only the language (`examples` of the field, then the usual countries).
 */
export function likelyLocales(written: string, examples: readonly string[] = []): string[] {
  const text = written.trim();
  const code = /^([A-Za-z]{2,3})[-_ ]([A-Za-z]{2})$/.exec(text);
  if (code) return [codeOf(code[1], code[2])];
  const words = text.toLowerCase().replace(/[^a-z]+/g, ' ').trim();
  if (words === '') return [];
  const language = languageIn(words);
  if (!language) return [];
  const country = countryIn(words.replace(new RegExp(`\\b${language.word}\\b`), ' ').trim()) ?? (language.word === 'english' ? undefined : COUNTRIES[language.word]);
  if (country) return [codeOf(language.code, country)];
  const fromExamples = examples.filter((example) => example.toLowerCase().startsWith(`${language.code}_`));
  const usual = (USUAL_COUNTRIES[language.code] ?? [language.code]).map((place) => codeOf(language.code, place));
  return [...new Set([...fromExamples, ...usual])];
}

function languageIn(words: string): { word: string; code: string } | undefined {
  if (/^[a-z]{2,3}$/.test(words) && Object.values(LANGUAGES).includes(words)) return { word: words, code: words };
  for (const word of words.split(' ')) if (LANGUAGES[word]) return { word, code: LANGUAGES[word] };
  return undefined;
}

function countryIn(words: string): string | undefined {
  if (words === '') return undefined;
  for (const [name, code] of Object.entries(COUNTRIES)) if (new RegExp(`\\b${name}\\b`).test(words)) return code;
  return undefined;
}
