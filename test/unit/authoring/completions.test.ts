import * as assert from 'node:assert/strict';
import { compileSchema, validateRelease, builtInSchema } from '../../../src/core';
import { accept, complete, crlf, fence, find, INPUTS, JANE, labels, NOW } from './helpers';

describe('authoring: completion of keys', () => {
  it('proposes the top-level keys not yet present, required first, with their documentation', () => {
    const { proposals } = complete('---\ntitle: Library opens\n|\n---\n');
    assert.deepEqual(labels(proposals), ['area', 'url', 'publish', '$schema', 'embargo', 'og', 'contacts']);
    const area = find(proposals, 'area');
    assert.equal(area.detail, 'required');
    assert.match(area.documentation ?? '', /force area, council/);
    assert.match(area.documentation ?? '', /Required\./);
    assert.match(find(proposals, 'publish').documentation ?? '', /When the release is published/);
  });

  it('inserts placeholders for the required children of objects and the fields of list items', () => {
    const { text, proposals } = complete('---\ntitle: Library opens\n|\n---\n');
    assert.equal(find(proposals, 'publish').insertText, 'publish:\n  date: ${1:14:05 24/11/2026}');
    // Optional fields only where a skipped placeholder leaves no error: role reads as "", phone and email are left to completion.
    assert.equal(find(proposals, 'contacts').insertText, 'contacts:\n  - name: ${1}\n    role: "${2}"');
    assert.equal(find(proposals, 'og').insertText, 'og:\n  $0');
    assert.equal(find(proposals, 'embargo').insertText, 'embargo: ${1:14:05 24/11/2026}');
    assert.equal(find(proposals, 'area').insertText, 'area: $0');
    assert.equal(find(proposals, 'area').retrigger, true, 'area has values to pick from');
    assert.equal(find(proposals, 'url').retrigger, false);
    assert.equal(find(proposals, '$schema').insertText, '\\$schema: $0');
    assert.equal(accept(text, find(proposals, 'publish')), '---\ntitle: Library opens\npublish:\n  date: 14:05 24/11/2026\n---\n');
  });

  it('replaces the word being typed, up to the end of the word', () => {
    const { text, proposals } = complete('---\ntitle: Library opens\npub|li\n---\n');
    assert.equal(accept(text, find(proposals, 'publish')), '---\ntitle: Library opens\npublish:\n  date: 14:05 24/11/2026\n---\n');
  });

  it('inserts only the name when the line already has its colon', () => {
    const { text, proposals } = complete('---\ntit|: Library opens\n---\n');
    assert.equal(find(proposals, 'title').insertText, 'title');
    assert.equal(accept(text, find(proposals, 'title')), '---\ntitle: Library opens\n---\n');
  });

  it('works out the nesting from the indentation of an empty line', () => {
    assert.deepEqual(labels(complete('---\npublish:\n  |\n---\n').proposals), ['date']);
    assert.deepEqual(labels(complete('---\nog:\n  type: article\n  |\n---\n').proposals), ['title', 'description', 'image', 'locale', 'url']);
    // Back at column 0: the top level again, without the keys already there.
    const top = labels(complete('---\ntitle: A\nog:\n  type: article\n|\narea: B\n---\n').proposals);
    assert.ok(!top.includes('title') && !top.includes('og') && !top.includes('area'));
    assert.ok(top.includes('url') && top.includes('publish'));
  });

  it('keys inside list items, both on the dash line and below it', () => {
    const below = complete('---\ncontacts:\n  - name: Sam Taylor\n    |\n---\n');
    assert.deepEqual(labels(below.proposals), ['role', 'phone', 'email']);
    assert.equal(find(below.proposals, 'role').insertText, 'role: $0');
    const second = complete('---\ncontacts:\n  - name: Sam Taylor\n    role: Press Officer\n  - |\n---\n');
    assert.deepEqual(labels(second.proposals), ['Jane Doe', 'name', 'role', 'phone', 'email'], 'a new item has none of the first item\'s keys');
    const compact = complete('---\ncontacts:\n- name: Sam Taylor\n  |\n---\n');
    assert.deepEqual(labels(compact.proposals), ['role', 'phone', 'email']);
  });

  it('follows the schema it is given (a custom schema)', () => {
    const custom = compileSchema(
      {
        type: 'object',
        required: ['headline', 'desk'],
        properties: {
          headline: { type: 'string', description: 'The headline.' },
          desk: { type: 'string', enum: ['news', 'sport'], description: 'Which desk files it.' },
          live: { type: 'boolean' },
          sources: { type: 'array', items: { type: 'object', required: ['who'], properties: { who: { type: 'string' }, when: { type: 'string', format: 'press-date' } } } },
        },
      },
      'custom',
    );
    assert.ok(custom.ok);
    const { proposals } = complete('---\n|\n---\n', INPUTS, custom.schema);
    assert.deepEqual(labels(proposals), ['headline', 'desk', 'live', 'sources']);
    assert.equal(find(proposals, 'desk').insertText, 'desk: ${1|news,sport|}');
    assert.equal(find(proposals, 'live').insertText, 'live: ${1|true,false|}');
    assert.equal(find(proposals, 'sources').insertText, 'sources:\n  - who: ${1}\n    when: ${2:14:05 24/11/2026}');
    assert.equal(find(proposals, 'headline').documentation, 'The headline.\n\nRequired.');
    assert.deepEqual(labels(complete('---\ndesk: |\n---\n', INPUTS, custom.schema).proposals), ['news', 'sport']);
    assert.deepEqual(labels(complete('---\nlive: |\n---\n', INPUTS, custom.schema).proposals), ['true', 'false']);
  });

  it('uses the file\'s indentation step and line endings', () => {
    const { text, proposals } = complete(crlf('---\nog:\n    type: article\ntitle: A\n|\n---\n'));
    assert.equal(find(proposals, 'publish').insertText, 'publish:\r\n    date: ${1:14:05 24/11/2026}');
    assert.equal(accept(text, find(proposals, 'publish')), crlf('---\nog:\n    type: article\ntitle: A\npublish:\n    date: 14:05 24/11/2026\n---\n'));
  });

  it('works in a ```yaml fence and in an unterminated block, and nowhere outside the front matter', () => {
    assert.ok(labels(complete(fence('---\ntitle: A\n|\n---\n')).proposals).includes('area'));
    assert.ok(labels(complete('---\ntitle: A\n|').proposals).includes('area'));
    assert.deepEqual(complete('---\ntitle: A\n---\n|\n').proposals, []);
    assert.deepEqual(complete('---\ntitle: A\n---\nBody text |\n').proposals, []);
    assert.deepEqual(complete('|---\ntitle: A\n---\n').proposals, []);
    assert.deepEqual(complete('---\ntitle: A\n---|\n').proposals, []);
    assert.deepEqual(complete('No front matter |\n').proposals, []);
    assert.deepEqual(complete('---\n# a comment |\n---\n').proposals, []);
    // Inside a block scalar: nothing.
    assert.deepEqual(complete('---\ntitle: |\n  Library |\n---\n'.replace('title: |', 'title: >')).proposals, []);
  });
});

describe('authoring: completion of values', () => {
  it('enum values', () => {
    const { text, proposals } = complete('---\nog:\n  type: |\n---\n');
    assert.deepEqual(labels(proposals), ['website', 'article']);
    assert.equal(accept(text, find(proposals, 'article')), '---\nog:\n  type: article\n---\n');
  });

  it('og.locale from the schema\'s examples, replacing what was typed', () => {
    const { text, proposals } = complete('---\nog:\n  locale: en|  # language\n---\n');
    assert.deepEqual(labels(proposals), ['en_GB', 'cy_GB', 'en_US', 'en_IE', 'fr_FR']);
    assert.equal(accept(text, find(proposals, 'cy_GB')), '---\nog:\n  locale: cy_GB  # language\n---\n');
  });

  it('press dates: now, today 09:00 and tomorrow 09:00, in the schema\'s format', () => {
    const { text, proposals } = complete('---\npublish:\n  date: |\n---\n');
    assert.deepEqual(labels(proposals), ['14:05 24/11/2026', '09:00 24/11/2026', '09:00 25/11/2026']);
    assert.deepEqual(proposals.map((proposal) => proposal.detail), ['now', 'today, 09:00', 'tomorrow, 09:00']);
    assert.equal(find(proposals, '14:05 24/11/2026').documentation, 'Tuesday 24 November 2026, 14:05');
    assert.equal(accept(text, proposals[2]), '---\npublish:\n  date: 09:00 25/11/2026\n---\n');
    // Across a month and a year end.
    const late = complete('---\nembargo: |\n---\n', { now: new Date(2026, 11, 31, 23, 59) }).proposals;
    assert.deepEqual(labels(late), ['23:59 31/12/2026', '09:00 31/12/2026', '09:00 01/01/2027']);
    // Replacing a date already there.
    const again = complete('---\npublish:\n  date: 16:55 18/0|3/2020\n---\n');
    assert.equal(accept(again.text, again.proposals[0]), '---\npublish:\n  date: 14:05 24/11/2026\n---\n');
  });

  it('inserts a space first when the cursor is right after the colon', () => {
    const { text, proposals } = complete('---\narea:|\n---\n');
    assert.equal(accept(text, find(proposals, 'Northshire')), '---\narea: Northshire\n---\n');
  });

  it('areas from settings and other releases', () => {
    const { proposals } = complete('---\narea: |\n---\n');
    assert.deepEqual(labels(proposals), ['Northshire', 'Southshire']);
    assert.ok(proposals.every((proposal) => proposal.kind === 'area'));
    assert.deepEqual(complete('---\narea: |\n---\n', { now: NOW }).proposals, []);
  });

  it('quotes values that YAML would read otherwise', () => {
    // `yes` is a string in YAML 1.2 but true in YAML 1.1, which older static-site tools still read.
    const { proposals } = complete('---\narea: |\n---\n', { now: NOW, areas: ['Team: North', 'yes', '0116'] });
    assert.deepEqual(proposals.map((proposal) => proposal.insertText), ['"Team: North"', '"yes"', '"0116"']);
  });

  it('og.title and og.url from title and url; og.description from the first paragraph', () => {
    const release = '---\ntitle: Council opens new library | Example Council\nurl: https://www.example.org/news/library/\nog:\n  title: ‸\n---\n';
    const { text, proposals } = complete(release, INPUTS, builtInSchema(), '‸');
    assert.deepEqual(labels(proposals), ['Council opens new library | Example Council']);
    assert.equal(proposals[0].detail, 'same as title');
    assert.equal(accept(text, proposals[0]), release.replace('‸', 'Council opens new library | Example Council'));
    assert.deepEqual(labels(complete('---\nurl: https://www.example.org/news/library/\nog:\n  url: |\n---\n').proposals), ['https://www.example.org/news/library/']);
    const body = '---\nog:\n  description: |\n---\n\n# Council opens new library\n\n![Photo](photo.jpg)\n\nThe **new library** opens on\n[Monday](https://www.example.org/).\n\nMore text.\n';
    assert.deepEqual(labels(complete(body).proposals), ['The new library opens on Monday.']);
  });

  it('a long description is shortened to the schema\'s limit', () => {
    const long = 'word '.repeat(100).trim();
    const { proposals } = complete(`---\nog:\n  description: |\n---\n\n${long}\n`);
    assert.ok(proposals[0].label.length <= 300);
    assert.ok(proposals[0].label.endsWith('…'));
  });
});

describe('authoring: completion of media contacts', () => {
  const block = 'name: Jane Doe\n    role: Press Officer\n    phone: 01632 960123\n    email: jane.doe@example.org';

  it('on an empty line in the list: each person as a whole item', () => {
    const { text, proposals } = complete('---\ncontacts:\n  |\n---\n');
    assert.deepEqual(labels(proposals), ['Jane Doe', '- (new item)']);
    assert.equal(find(proposals, 'Jane Doe').insertText, `- ${block}`);
    assert.equal(find(proposals, 'Jane Doe').detail, 'media contact: Press Officer');
    assert.equal(accept(text, find(proposals, 'Jane Doe')), `---\ncontacts:\n  - ${block}\n---\n`);
    assert.equal(accept(text, find(proposals, '- (new item)')), '---\ncontacts:\n  - name: \n    role: ""\n---\n');
  });

  it('after `- `: the person\'s fields at the item\'s indentation', () => {
    const { text, proposals } = complete('---\ntitle: A\ncontacts:\n  - name: Sam Taylor\n  - |\n---\n');
    assert.equal(accept(text, find(proposals, 'Jane Doe')), `---\ntitle: A\ncontacts:\n  - name: Sam Taylor\n  - ${block}\n---\n`);
  });

  it('after `contacts:`: the list on the next lines', () => {
    const { text, proposals } = complete('---\ncontacts: |\n---\n');
    assert.equal(accept(text, find(proposals, 'Jane Doe')), `---\ncontacts:\n  - ${block}\n---\n`);
  });

  it('after `- name:`: the name, then the rest of the person\'s fields not yet written', () => {
    const { text, proposals } = complete('---\ncontacts:\n  - name: |\n    role: Spokesperson\n---\n');
    assert.equal(accept(text, find(proposals, 'Jane Doe')), '---\ncontacts:\n  - name: Jane Doe\n    phone: 01632 960123\n    email: jane.doe@example.org\n    role: Spokesperson\n---\n');
  });

  it('quotes a phone number YAML would read as a number, and the result validates', () => {
    const contact = { ...JANE, phone: '01632960123' };
    const { text, proposals } = complete('---\ntitle: A\narea: B\nurl: https://www.example.org/\npublish:\n  date: 09:00 24/11/2026\ncontacts:\n  |\n---\n', { now: NOW, contacts: [contact] });
    const after = accept(text, find(proposals, 'Jane Doe'));
    assert.match(after, /phone: "01632960123"/);
    assert.deepEqual(validateRelease(after, builtInSchema()), []);
  });

  it('with CRLF line endings and in a fence', () => {
    const { text, proposals } = complete(crlf(fence('---\ncontacts:\n  |\n---\n')));
    assert.equal(accept(text, find(proposals, 'Jane Doe')), crlf(fence(`---\ncontacts:\n  - ${block}\n---\n`)));
  });
});
