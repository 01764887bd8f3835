// Contacts as their author wrote them: what another release teaches completion, and what the preview shows.
import * as assert from 'node:assert/strict';
import { builtInSchema, parseRelease, type ParsedRelease } from '../../../src/core';
import { parseReleaseQuickly } from '../../../src/core/frontMatter/parse';
import { factsOf } from '../../../src/core/authoring';
import { contactsAsWritten, writtenContacts } from '../../../src/core/authoring/writtenContacts';
import { renderHeader } from '../../../src/core/render';
import { complete, NOW } from './helpers';

const roles = builtInSchema().roles;
const release = (contacts: string) => parseRelease(`---\ntitle: Library opens\ncontacts:\n${contacts}---\n\nBody.\n`);

describe('contacts as written (issue 13)', () => {
  it('keeps the source text of a phone YAML reads as a number, and says it changed', () => {
    assert.deepEqual(writtenContacts(release('  - name: Jane Doe\n    phone: 01632960123\n'), roles), [
      { name: { text: 'Jane Doe', changed: false }, phone: { text: '01632960123', changed: true } },
    ]);
  });

  it('keeps a phone with a space unquoted (YAML reads it as text) and quoted phones as they are', () => {
    const written = writtenContacts(release('  - name: Sam Taylor\n    phone: 01632 960456\n  - name: Priya Shah\n    phone: "07700900123"\n    email: \'priya.shah@example.org\'\n'), roles);
    assert.deepEqual(written, [
      { name: { text: 'Sam Taylor', changed: false }, phone: { text: '01632 960456', changed: false } },
      { name: { text: 'Priya Shah', changed: false }, phone: { text: '07700900123', changed: false }, email: { text: 'priya.shah@example.org', changed: false } },
    ]);
  });

  it('leaves out what cannot be read back as written: an alias, an empty or null value, and items that are not mappings', () => {
    const written = writtenContacts(release('  - name: Jane Doe\n    phone: &office 01632960123\n  - name: Sam Taylor\n    phone: *office\n    role: ~\n    email: ""\n  - just a name\n'), roles);
    assert.deepEqual(written, [
      { name: { text: 'Jane Doe', changed: false }, phone: { text: '01632960123', changed: true } },
      { name: { text: 'Sam Taylor', changed: false } },
    ]);
  });

  it('reads a release read quickly from its data, without its range-keeping parse, unless a value is a number', () => {
    const text = (contacts: string) => `---\ntitle: Library opens\ncontacts:\n${contacts}---\n\nBody.\n`;
    /** The quick parse, counting the reads of its document. */
    const counted = (source: string) => {
      const quick = parseReleaseQuickly(source)!;
      const reads = { count: 0 };
      const fields = Object.fromEntries(Object.keys(quick).filter((key) => key !== 'document').map((key) => [key, quick[key as keyof ParsedRelease]]));
      const spy = Object.defineProperty(fields, 'document', { get: () => (reads.count++, quick.document) }) as unknown as ParsedRelease;
      return { spy, reads };
    };
    const textOnly = text('  - name: Sam Taylor\n    phone: 01632 960456\n    role: ~\n  - just a name\n  - name: "Priya Shah"\n    email: priya.shah@example.org\n');
    const quick = counted(textOnly);
    assert.deepEqual(writtenContacts(quick.spy, roles), writtenContacts(parseRelease(textOnly), roles));
    assert.equal(quick.reads.count, 0);
    const withNumber = text('  - name: Jane Doe\n    phone: 01632960123\n');
    const numbered = counted(withNumber);
    assert.deepEqual(writtenContacts(numbered.spy, roles), [{ name: { text: 'Jane Doe', changed: false }, phone: { text: '01632960123', changed: true } }]);
    assert.equal(numbered.reads.count, 1);
  });

  it('gives no contacts while the YAML has errors, and leaves out those without a name', () => {
    assert.deepEqual(writtenContacts(release('  - name: [Jane\n'), roles), []);
    assert.deepEqual(contactsAsWritten(release('  - phone: 01632960123\n  - name: Jane Doe\n'), roles), [{ name: 'Jane Doe' }]);
  });

  it('teaches completion the phone as written: the number with its leading zero, in quotes', () => {
    const learned = factsOf(release('  - name: Jane Doe\n    role: Press Officer\n    phone: 01632960123\n  - name: Sam Taylor\n    phone: 01632 960456\n'), roles);
    assert.deepEqual(learned.contacts, [
      { name: 'Jane Doe', role: 'Press Officer', phone: '01632960123' },
      { name: 'Sam Taylor', phone: '01632 960456' },
    ]);
    const { proposals } = complete('---\ncontacts:\n  |\n---\n', { now: NOW, contacts: learned.contacts });
    assert.deepEqual(
      proposals.filter((proposal) => proposal.kind === 'contact').map((proposal) => [proposal.label, proposal.insertText, proposal.startOffset, proposal.endOffset]),
      [
        ['Jane Doe', '- name: Jane Doe\n    role: Press Officer\n    phone: "01632960123"', 16, 16],
        ['Sam Taylor', '- name: Sam Taylor\n    phone: 01632 960456', 16, 16],
      ],
    );
    const named = complete('---\ncontacts:\n  - name: |\n---\n', { now: NOW, contacts: learned.contacts }).proposals;
    assert.deepEqual(
      named.map((proposal) => [proposal.label, proposal.insertText]),
      [
        ['Jane Doe', 'Jane Doe\n    role: Press Officer\n    phone: "01632960123"'],
        ['Sam Taylor', 'Sam Taylor\n    phone: 01632 960456'],
      ],
    );
  });

  it('never proposes a contact with markup in any value, however it is written', () => {
    const learned = factsOf(release('  - name: "<img src=x onerror=alert(1)>"\n    phone: 01632960999\n  - name: Jane Doe\n    phone: <script>alert(1)</script>\n  - name: Sam Taylor\n    email: javascript:alert(1)\n  - name: Priya Shah\n    phone: "07700900123"\n'), roles);
    const { proposals } = complete('---\ncontacts:\n  |\n---\n', { now: NOW, contacts: learned.contacts });
    assert.deepEqual(
      proposals.map((proposal) => proposal.label),
      ['Priya Shah', '- (new item)'],
    );
  });
});

describe('the preview shows a value YAML changed as written, with the problem (issue 13)', () => {
  const NOTE = '<span class="note">(not text: put it in quotes in the front matter so it is kept as written)</span>';

  it('prints an unquoted phone with its leading zero and the note to put it in quotes', () => {
    const html = renderHeader(release('  - name: Jane Doe\n    phone: 01632960123\n'), roles);
    assert.ok(html.includes(`<li class="contact"><span class="contact-name">Jane Doe</span> <span class="contact-phone">01632960123 ${NOTE}</span></li>`), html);
  });

  it('prints a quoted phone and an unquoted one with a space without a note', () => {
    const html = renderHeader(release('  - name: Jane Doe\n    phone: "01632960123"\n  - name: Sam Taylor\n    phone: 01632 960456\n'), roles);
    assert.ok(html.includes('<li class="contact"><span class="contact-name">Jane Doe</span> <span class="contact-phone">01632960123</span></li>'), html);
    assert.ok(html.includes('<li class="contact"><span class="contact-name">Sam Taylor</span> <span class="contact-phone">01632 960456</span></li>'), html);
    assert.ok(!html.includes('class="note"'), html);
  });

  it('does not link an email address YAML read as a number, and says why', () => {
    const html = renderHeader(release('  - name: Jane Doe\n    email: 0123\n'), roles);
    assert.ok(html.includes(`<span class="contact-email">0123 ${NOTE}</span>`), html);
    assert.ok(!html.includes('mailto:'), html);
  });
});
