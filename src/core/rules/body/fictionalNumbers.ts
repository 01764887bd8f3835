/**
 * The telephone ranges regulators keep for drama, documentation and training: Ofcom's in the UK, ACMA's
 * in Australia and 555-0100 to 555-0199 in North America. libphonenumber calls them "not in use", which is
 * true (they reach no one), but templates, style guides and training releases are written with them so that
 * nobody's real number is printed; Pressroom accepts them as well formed. Written as E.164 patterns.
 */
const FICTIONAL_E164: readonly RegExp[] = [
  // Ofcom: geographic drama numbers (01632 960xxx, 020 7946 0xxx, 0113-0191 496/498 0xxx, Northern Ireland, Wales)
  /^\+441632960\d{3}$/,
  /^\+442079460\d{3}$/,
  /^\+44(?:113|114|115|116|117|118|121|131|141|151|161)4960\d{3}$/,
  /^\+441914980\d{3}$/,
  /^\+442896496\d{3}$/,
  /^\+442920180\d{3}$/,
  // Ofcom: mobile, freephone, premium and UK-wide (07700 900xxx, 0808 157 0xxx, 0909 879 0xxx, 0306 999 0xxx)
  /^\+447700900\d{3}$/,
  /^\+448081570\d{3}$/,
  /^\+449098790\d{3}$/,
  /^\+443069990\d{3}$/,
  // ACMA: mobiles 0491 570 xxx to 0491 579 xxx and landlines (0x) 5550 xxxx and (0x) 7010 xxxx
  /^\+614915(?:7\d)\d{3}$/,
  /^\+61[2378](?:5550|7010)\d{4}$/,
  // North America: 555-0100 to 555-0199 in any area code
  /^\+1[2-9]\d{2}55501\d{2}$/,
];

/** Whether a number (in E.164 form, `+441632960123`) is in a range kept for fiction. */
export function isFictionalNumber(e164: string): boolean {
  return FICTIONAL_E164.some((pattern) => pattern.test(e164));
}
