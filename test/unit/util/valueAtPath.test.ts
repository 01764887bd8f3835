import * as assert from 'node:assert/strict';
import { valueAtPath } from '../../../src/core/util/valueAtPath';

describe('valueAtPath', () => {
  const data = { contacts: [{ name: 'Jane Doe', phone: '01632 960123' }], publish: { date: '09:00 24/11/2026' }, list: ['a'] };

  it('follows keys into groups and positions into lists', () => {
    assert.equal(valueAtPath(data, ['contacts', 0, 'phone']), '01632 960123');
    assert.equal(valueAtPath(data, ['publish', 'date']), '09:00 24/11/2026');
    assert.equal(valueAtPath(data, []), data);
  });

  it('gives undefined where the data has another shape: a position in a group, a key in a list or a text', () => {
    assert.equal(valueAtPath(data, ['publish', 0]), undefined);
    assert.equal(valueAtPath(data, ['list', 'length']), undefined);
    assert.equal(valueAtPath(data, ['publish', 'date', 'length']), undefined);
    assert.equal(valueAtPath(undefined, ['title']), undefined);
  });
});
