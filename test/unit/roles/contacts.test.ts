// One Contact type: read from plain data, written in one field order, merged by name; the contacts file
// read through the guarded YAML reader.
import * as assert from 'node:assert/strict';
import { contactEntries, contactFieldsOf, contactOf, mergeContacts, parseContactsFile } from '../../../src/core/contacts';

describe('contacts: one Contact type', () => {
  it('reads a contact from plain data: text trimmed, numbers as text, a name required', () => {
    assert.deepEqual(contactOf({ name: ' Jane Doe ', phone: 1632960123, role: '', email: null, extra: 'x' }), { name: 'Jane Doe', phone: '1632960123', extra: 'x' });
    assert.equal(contactOf({ role: 'Press Officer' }), undefined);
    assert.equal(contactOf('Jane Doe'), undefined);
    assert.equal(contactOf([{ name: 'Jane Doe' }]), undefined);
    assert.deepEqual(contactFieldsOf({ role: 'Press Officer', phone: Number.NaN, name: true }), { role: 'Press Officer' });
  });

  it('writes the fields in the usual order, then the others as written', () => {
    assert.deepEqual(contactEntries({ email: 'jane.doe@example.org', desk: 'News', name: 'Jane Doe', phone: '01632 960123' }), [
      ['name', 'Jane Doe'],
      ['phone', '01632 960123'],
      ['email', 'jane.doe@example.org'],
      ['desk', 'News'],
    ]);
  });

  it('merges lists, keeping the first of each name whatever its case', () => {
    const jane = { name: 'Jane Doe', role: 'Press Officer' };
    assert.deepEqual(mergeContacts([jane], [{ name: 'JANE DOE', role: 'Editor' }, { name: 'John Roe' }]), [jane, { name: 'John Roe' }]);
  });
});

describe('contacts: the contacts file', () => {
  const jane = '- name: Jane Doe\n  role: Press Officer\n  phone: "01632 960123"\n  email: jane.doe@example.org\n';
  const JANE = { name: 'Jane Doe', role: 'Press Officer', phone: '01632 960123', email: 'jane.doe@example.org' };

  it('reads a list, or a mapping with the list under contacts:, with a BOM and CRLF', () => {
    assert.deepEqual(parseContactsFile(jane), { contacts: [JANE], problems: [] });
    assert.deepEqual(parseContactsFile(`\uFEFFcontacts:\r\n${jane.replace(/^/gm, '  ').replace(/\n/g, '\r\n')}`), { contacts: [JANE], problems: [] });
    assert.deepEqual(parseContactsFile(''), { contacts: [], problems: [] });
  });

  it('says what is wrong with entries, keeping the good ones', () => {
    assert.deepEqual(parseContactsFile('- name: Jane Doe\n  phone: 01632960123\n- role: Editor\n'), {
      // The number YAML read has lost its 0; the contact keeps the digits as written.
      contacts: [{ name: 'Jane Doe', phone: '01632960123' }],
      problems: ['Jane Doe: write the phone number in quotes so a leading 0 is kept', 'entry 2 has no name'],
    });
    assert.deepEqual(parseContactsFile('name: Jane Doe\n'), { contacts: [], problems: ['expected a list of contacts (each with a name, role, phone and email)'] });
  });

  it('refuses broken YAML and what the parser guards refuse, without throwing', () => {
    assert.deepEqual(parseContactsFile('- name: "Jane\n'), { contacts: [], problems: ['not valid YAML: Missing closing "quote'] });
    assert.deepEqual(parseContactsFile('- name: Jane\n- name: Jane\n  name: John\n'), { contacts: [], problems: ['not valid YAML: Map keys must be unique'] });
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'contacts: [*c, *c]'].join('\n');
    assert.deepEqual(parseContactsFile(bomb), { contacts: [], problems: ['uses too many YAML aliases (*name) to read'] });
    assert.deepEqual(parseContactsFile(`${'['.repeat(10_000)}${']'.repeat(10_000)}`), { contacts: [], problems: ['nested too deeply to read'] });
    assert.deepEqual(parseContactsFile(`# ${'x'.repeat(600 * 1024)}\n${jane}`), { contacts: [], problems: [`too large to read (${600 * 1024 + 3 + jane.length} characters)`] });
  });
});
