import * as assert from 'node:assert/strict';
import { mediaContact } from '../../../../src/core/rules/body/mediaContact';
import { schemaOf } from '../../testSchemas';
import { applyFix, check, findings } from '../ruleHarness';
import { BROKEN_YAML, FRONT, NO_FRONT_MATTER, release, WRONG_TYPES } from './fixtures';

const withContacts = (...lines: string[]): string => FRONT.replace(/---\n$/, ['contacts:', ...lines, '---', ''].join('\n')) + 'The library opens later.\n';

const NO_CONTACT = 'This release has no media contact; add one under contacts, or a line such as "Media enquiries: Jane Doe, 01632 960123" at the end of the body, so journalists know who to call.';

describe('media-contact', () => {
  it('flags a release with no contact on the front matter opening line', () => {
    assert.deepEqual(check(mediaContact, release('The library opens later.')), [`0:0-0:3 ${NO_CONTACT}`]);
  });

  it('accepts a contact in the front matter or a contact line in the body', () => {
    assert.deepEqual(check(mediaContact, withContacts('  - name: Jane Doe')), []);
    for (const line of ['Media Enquiries: Jane Doe', '**Media contact:** Jane Doe', 'For media inquiries, contact Jane Doe.', 'Press office: Jane Doe']) {
      assert.deepEqual(check(mediaContact, release('Story.', '', line)), [], line);
    }
  });

  it('counts contacts under the built-in field name when the schema has no contacts field', () => {
    const headlineOnly = schemaOf({ type: 'object', properties: { title: { type: 'string' } } });
    const text = '---\ntitle: Harbour bridge closes for repairs\ncontacts:\n  - name: Jane Doe\n    phone: "01632 960456"\n---\n\nThe bridge closes on Monday.\n';
    assert.deepEqual(check(mediaContact, text, { schema: headlineOnly }), []);
    assert.deepEqual(check(mediaContact, '---\ntitle: Harbour bridge closes for repairs\n---\n\nThe bridge closes on Monday.\n', { schema: headlineOnly }), [
      '0:0-0:3 This release has no media contact; add a line such as "Media enquiries: Jane Doe, 01632 960123" at the end of the body, so journalists know who to call.',
    ]);
  });

  it('flags a number not in use in the region, on the value', () => {
    assert.deepEqual(check(mediaContact, withContacts('  - name: Jane Doe', '    phone: "01632 123456"')), [
      '8:11-8:25 contacts[0].phone 01632 123456 is not a phone number in use in the United Kingdom; check the digits, or write a number abroad with its country code (+…).',
    ]);
  });

  it('accepts the ranges regulators keep for drama and training, which templates use', () => {
    assert.deepEqual(check(mediaContact, withContacts('  - name: Jane Doe', '    phone: "01632 960123"')), []);
    assert.deepEqual(check(mediaContact, withContacts('  - name: Jane Doe', '    phone: "07700 900456"')), []);
    assert.deepEqual(check(mediaContact, withContacts('  - name: Jane Doe', '    phone: "(02) 5550 0100"'), { options: { region: 'AU' } }), []);
    assert.deepEqual(check(mediaContact, withContacts('  - name: Jane Doe', '    phone: "(610) 555-0199"'), { options: { region: 'US' } }), []);
    // Beside the reserved block, a number in the same exchange is still checked.
    assert.equal(check(mediaContact, withContacts('  - name: Jane Doe', '    phone: "01632 961123"')).length, 1);
  });

  it('rewrites a real number written oddly into the national format, keeping the quotes', () => {
    const text = withContacts('  - name: Jane Doe', "    phone: '0491570156'");
    const [finding] = findings(mediaContact, text, { options: { region: 'au' } });
    assert.deepEqual(check(mediaContact, text, { options: { region: 'AU' } }), ['8:11-8:23 contacts[0].phone 0491570156 is easier to read and dial written as 0491 570 156.']);
    assert.equal(finding.fixes?.[0].title, 'Write as 0491 570 156');
    assert.equal(finding.fixes?.[0].inFixAll, true);
    assert.equal(applyFix(text, finding).split('\n')[8], "    phone: '0491 570 156'");
  });

  it('accepts a number of the region written in its international grouping, and reads it the same every time', () => {
    for (let round = 0; round < 2; round++) {
      assert.deepEqual(check(mediaContact, withContacts('  - name: Jane Doe', '    phone: "+44 1632 960123"')), []);
      assert.deepEqual(check(mediaContact, withContacts('  - name: Jane Doe', '    phone: "+44 (0)1632 960123"')), [
        '8:11-8:31 contacts[0].phone +44 (0)1632 960123 is easier to read and dial written as +44 1632 960123.',
      ]);
    }
  });

  it('writes a number from another region in international format', () => {
    const text = withContacts('  - name: Jane Doe', '    phone: +61491570156');
    const [finding] = findings(mediaContact, text);
    assert.equal(applyFix(text, finding).split('\n')[8], '    phone: +61 491 570 156');
    assert.deepEqual(check(mediaContact, withContacts('  - name: Jane Doe', '    phone: +61 491 570 156')), []);
  });

  it('offers a leading 0 the number lacks only as a choice: a number abroad would become another number', () => {
    const text = withContacts('  - name: Jane Doe', '    phone: "305 555-0143"');
    const [finding] = findings(mediaContact, text);
    assert.equal(finding.message, 'contacts[0].phone 305 555-0143 is missing its leading 0 if it is a number in the United Kingdom (0305 555 0143); for a number abroad, write it with its country code (+…).');
    assert.deepEqual([finding.fixes?.[0].title, finding.fixes?.[0].inFixAll, finding.fixes?.[0].isPreferred], ['Write as 0305 555 0143', false, false]);
    assert.equal(applyFix(text, finding).split('\n')[8], '    phone: "0305 555 0143"');
    // A (0) after the country code, or the international prefix 00, is the same number written another way: fix-all.
    for (const written of ['+44 (0)1632 960123', '00441632 960123']) {
      const [same] = findings(mediaContact, withContacts('  - name: Jane Doe', `    phone: "${written}"`));
      assert.deepEqual([same.message, same.fixes?.[0].inFixAll], [`contacts[0].phone ${written} is easier to read and dial written as +44 1632 960123.`, true], written);
    }
  });

  it('offers the plus that a number abroad lacks, as a choice, keeping the quoting', () => {
    const text = withContacts('  - name: Jane Doe', '    phone: "1 727 555 0143"');
    const [finding] = findings(mediaContact, text);
    assert.deepEqual(check(mediaContact, text), [
      '8:11-8:27 contacts[0].phone 1 727 555 0143 is not a phone number in use in the United Kingdom; if it is a number in the United States, write it with its plus: +1 727 555 0143.',
    ]);
    assert.deepEqual([finding.fixes?.[0].title, finding.fixes?.[0].inFixAll, finding.fixes?.[0].isPreferred], ['Write as +1 727 555 0143', false, false]);
    assert.equal(applyFix(text, finding).split('\n')[8], '    phone: "+1 727 555 0143"');
    const australian = withContacts('  - name: Jane Doe', '    phone: 61 491 570 156');
    assert.equal(applyFix(australian, findings(mediaContact, australian)[0]).split('\n')[8], '    phone: +61 491 570 156');
    // In the body, the country code is read with the number that the library finds after it.
    const body = release('Story.', '', 'Media enquiries: Jane Doe - 1 7275550143');
    assert.deepEqual(check(mediaContact, body), [
      '9:28-9:40 The phone number 1 7275550143 is not a phone number in use in the United Kingdom; if it is a number in the United States, write it with its plus: +1 727 555 0143.',
    ]);
    assert.equal(applyFix(body, findings(mediaContact, body)[0]).split('\n')[9], 'Media enquiries: Jane Doe - +1 727 555 0143');
    assert.deepEqual(check(mediaContact, release('Story.', '', 'Media enquiries: Jane Doe, room 12 01632 960123')), []);
    // A freephone number missing its 0 reads as +800, which belongs to no country: no guess.
    assert.deepEqual(findings(mediaContact, withContacts('  - name: Jane Doe', '    phone: "800 1234 5678"')).map((one) => one.fixes ?? []), [[]]);
  });

  it('checks phones and emails on body contact lines and the lines under them', () => {
    const text = release('Story.', '', 'Media enquiries:', 'Jane Doe, (02) 55501234, jane.doe@example', '', 'Call 0491570156 for tickets.');
    assert.deepEqual(check(mediaContact, text, { options: { region: 'AU' } }), [
      '10:10-10:23 The phone number (02) 55501234 is easier to read and dial written as (02) 5550 1234.',
      '10:25-10:41 jane.doe@example is not a complete email address; check it is written like press.office@example.org.',
    ]);
    const [fix] = findings(mediaContact, text, { options: { region: 'AU' } });
    assert.equal(applyFix(text, fix).split('\n')[10], 'Jane Doe, (02) 5550 1234, jane.doe@example');
  });

  it('leaves the punctuation of a well-grouped number to house style', () => {
    assert.deepEqual(check(mediaContact, release('Media contact: Jane Doe, 02 5550 1234 or 0491-570-156'), { options: { region: 'AU' } }), []);
  });

  it('falls back to GB for an unknown region, and leaves non-numbers to the schema', () => {
    assert.deepEqual(check(mediaContact, withContacts('  - name: Jane Doe', '    phone: ask the desk'), { options: { region: 'Narnia' } }), []);
  });

  for (const [name, text] of Object.entries({ NO_FRONT_MATTER, BROKEN_YAML, WRONG_TYPES, empty: '' })) {
    it(`never throws (${name})`, () => {
      assert.doesNotThrow(() => check(mediaContact, text, { options: { region: 7 as never } }));
    });
  }
});
