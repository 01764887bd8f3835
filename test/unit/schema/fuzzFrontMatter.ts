/**
 * Fuzzed front matters for the shipped schema, from a seed: an invented valid release, changed one to four
 * times (a field dropped, added, retyped, lengthened or emptied; a wrong URL, date, email, locale or phone;
 * publish, og and contacts in other shapes). The same seed gives the same cases on every machine.
 */
import { seededRandom } from '../seededRandom';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const BASE: Json = {
  $schema: 'press-release',
  title: 'Library opening hours extended in Exampleton',
  area: 'Exampleshire',
  url: 'https://www.example.gov.uk/news/2026/december/library-hours/',
  publish: { date: '09:30 02/12/2026' },
  embargo: '00:01 02/12/2026',
  og: {
    title: 'Library opening hours extended',
    description: 'The central library opens until 8pm on weekdays from January.',
    image: 'https://www.example.gov.uk/media/library.jpg',
    locale: 'en_GB',
    type: 'article',
    url: 'https://www.example.gov.uk/news/2026/december/library-hours/',
  },
  contacts: [{ name: 'Jane Doe', role: 'Press Officer', phone: '01632 960123', email: 'jane.doe@example.org' }],
};

const URLS = ['www.example.org/a', 'ftp://example.org/a', 'https://exa mple.org/', 'http://', 'https://', 'HTTPS://WWW.EXAMPLE.ORG/A', 'https://example.org/ünï/', 'mailto:press@example.org', '//example.org/a', 'https://[::1]/a', 'http://[::1', 'https://example.org/%zz', 'https://example.org/a?b=c#d', 'http://example.org', 'urn:isbn:0451450523', 'https://example.org/a b'];
const DATES = ['31/02/2020 16:55', '16:55 31/02/2020', '24:00 01/01/2020', '23:60 01/01/2020', '9:30 02/12/2026', '09:30 2/12/2026', '09:30 29/02/2021', '09:30 29/02/2024', '2020-03-18 16:55', '16:55 18/03/2020 ', '00:00 01/01/0000', '23:59 31/12/9999', '16:55  18/03/2020', '16:5518/03/2020', '16:55 18/13/2020', '18 March 2020 16:55', '16:55 18-03-2020'];
const EMAILS = ['a@b', 'jane.doe@example.org', 'jane@@example.org', 'jane doe@example.org', '@example.org', 'press.office@example.police.uk.', 'jane.doe@example..org', 'Jane.Doe+press@Example.ORG'];
const LOCALES = ['en_GB', 'en-GB', 'EN_gb', 'eng_GB', 'e_GB', 'cy_GB', 'en_GBR', 'en_'];
const OG_TYPES = ['article', 'website', 'blog', 'Article', ''];
const PHONES = ['01632 960123', '+44 7700 900123', '555-0123', '(02) 5550 1234', '0491 570 110', '12', '01632960123x', '+', 'phone', '+61 491 570 110', '07700 900123 ', ' 07700900123'];
const WORDS = ['', ' ', 'x', 'Exampleton', 'Emergency services attend a fire in Exampleton', '\u00e9t\u00e9', '\ud83d\udcf0 news', 'a\nb', '0'];
const ODD_VALUES: Json[] = [42, 0, -1.5, true, false, null, [], ['x'], {}, { a: 1 }, '', 'text'];
const EXTRA_KEYS = ['tittle', 'Area', 'summary', 'constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf', ''];

/** `count` front matters from `seed`. */
export function fuzzedFrontMatters(seed: number, count: number): unknown[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const cases: unknown[] = [];
  for (let index = 0; index < count; index++) {
    if (random() < 0.01) {
      cases.push(pick(ODD_VALUES));
      continue;
    }
    let data = structuredClone(BASE);
    const changes = 1 + Math.floor(random() * 4);
    for (let change = 0; change < changes; change++) data = changed(data, random, pick);
    cases.push(data);
  }
  return cases;
}

function changed(data: Json, random: () => number, pick: <T>(list: readonly T[]) => T): Json {
  const all = pathsIn(data);
  if (all.length === 0) return data;
  const target = pick(all);
  const key = String(target[target.length - 1]);
  switch (Math.floor(random() * 7)) {
    case 0:
      return without(data, target);
    case 1: {
      const containers = [[], ...all.filter((path) => isRecord(valueAt(data, path)))];
      // An own property named like one of Object's (__proto__ too), as a YAML parser makes it.
      return withValue(data, [...pick(containers), pick(EXTRA_KEYS)], pick(ODD_VALUES));
    }
    case 2:
      return withValue(data, target, pick(ODD_VALUES));
    case 3: {
      const value = valueAt(data, target);
      if (typeof value !== 'string') return withValue(data, target, pick(WORDS));
      return withValue(data, target, random() < 0.2 ? '' : value.repeat(2 + Math.floor(random() * 40)).slice(0, 150 + Math.floor(random() * 250)));
    }
    case 4:
      return withValue(data, target, pick(wrongValuesFor(key)));
    case 5:
      return withValue(data, [pick(['publish', 'og', 'contacts'])], pick(shapes(data)));
    default:
      return withValue(data, ['contacts'], contactList(random, pick));
  }
}

function wrongValuesFor(key: string): readonly Json[] {
  if (key === 'url' || key === 'image') return URLS;
  if (key === 'date' || key === 'embargo') return DATES;
  if (key === 'email') return EMAILS;
  if (key === 'locale') return LOCALES;
  if (key === 'type') return OG_TYPES;
  if (key === 'phone') return PHONES;
  return WORDS;
}

function shapes(data: Json): Json[] {
  const publish = isRecord(data) ? data.publish ?? null : null;
  return ['09:30 02/12/2026', [], {}, { date: '09:30 02/12/2026', time: '09:30' }, [publish], { date: { day: 2 } }, { locale: 'en_GB' }, [{ name: 'Jane Doe' }]];
}

function contactList(random: () => number, pick: <T>(list: readonly T[]) => T): Json {
  const length = Math.floor(random() * 4);
  return Array.from({ length }, (_unused, index): Json => {
    const roll = random();
    if (roll < 0.1) return pick(ODD_VALUES);
    const contact: { [key: string]: Json } = { name: roll < 0.2 ? '' : `Sam Taylor ${index}`, phone: pick(PHONES), email: pick(EMAILS) };
    if (roll > 0.8) delete contact.name;
    if (roll > 0.9) contact.mobile = '07700 900456';
    return contact;
  });
}

function isRecord(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pathsIn(value: Json, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => [[...prefix, index], ...pathsIn(item, [...prefix, index])]);
  if (isRecord(value)) return Object.keys(value).flatMap((key) => [[...prefix, key], ...pathsIn(value[key]!, [...prefix, key])]);
  return [];
}

function valueAt(data: Json, path: Path): Json | undefined {
  let value: Json | undefined = data;
  for (const step of path) value = Array.isArray(value) || isRecord(value) ? (value as Record<string | number, Json>)[step] : undefined;
  return value;
}

/** A copy of `data` with the value at `path` set (an own property even for `__proto__`), parents made as needed. */
function withValue(data: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  const [step, ...rest] = path;
  const copy = (Array.isArray(data) ? [...data] : isRecord(data) ? { ...data } : {}) as Record<string | number, Json>;
  const child = Object.prototype.hasOwnProperty.call(copy, step!) ? copy[step!]! : null;
  Object.defineProperty(copy, step!, { value: withValue(child, rest, value), enumerable: true, writable: true, configurable: true });
  return copy as Json;
}

function without(data: Json, path: Path): Json {
  const parent = valueAt(data, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (Array.isArray(parent)) return withValue(data, path.slice(0, -1), parent.filter((_item, index) => index !== last));
  if (!isRecord(parent)) return data;
  const rest = { ...parent };
  delete rest[last];
  return path.length === 1 ? rest : withValue(data, path.slice(0, -1), rest);
}
