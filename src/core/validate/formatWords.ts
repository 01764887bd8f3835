/** Every format ajv-formats checks, in words with an example, for "X must be <words>, not Y". */
const FORMAT_WORDS: Readonly<Record<string, string>> = {
  uri: 'a full web address like https://www.example.org/news/',
  url: 'a full web address like https://www.example.org/news/',
  'uri-reference': 'a web address, full (https://www.example.org/news/) or relative (/news/)',
  'uri-template': 'a web address template like https://www.example.org/news/{id}',
  email: 'an email address like press.office@example.org',
  hostname: 'a host name like www.example.org',
  ipv4: 'an IPv4 address like 192.0.2.10',
  ipv6: 'an IPv6 address like 2001:db8::10',
  date: 'a date like 2020-03-18 (YYYY-MM-DD)',
  time: 'a time with its time zone like 16:55:00Z or 16:55:00+01:00',
  'iso-time': 'a time like 16:55:00',
  'date-time': 'a date and time with its time zone like 2020-03-18T16:55:00Z',
  'iso-date-time': 'a date and time like 2020-03-18T16:55:00',
  duration: 'a duration like P3D (three days) or PT2H30M (two and a half hours)',
  regex: 'a regular expression that can be read',
  uuid: 'an identifier like 123e4567-e89b-12d3-a456-426614174000 (a UUID)',
  'json-pointer': 'a JSON pointer like /contacts/0/name',
  'json-pointer-uri-fragment': 'a JSON pointer written as a web address fragment like #/contacts/0/name',
  'relative-json-pointer': 'a relative JSON pointer like 1/name',
  byte: 'base64-encoded text (letters, digits, + and /, ending in = when padded)',
  int32: 'a whole number that fits in 32 bits (from -2147483648 to 2147483647)',
  int64: 'a whole number that fits in 64 bits',
  float: 'a number',
  double: 'a number',
  password: 'text',
  binary: 'text',
};

export function formatInWords(format: string): string {
  return Object.prototype.hasOwnProperty.call(FORMAT_WORDS, format) ? FORMAT_WORDS[format] : `in the "${format}" format the schema names`;
}
