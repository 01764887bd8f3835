import * as assert from 'node:assert/strict';
import { FILES, STATUS_BROKEN, STATUS_BROKEN_TOOLTIP, STATUS_VALID } from '../fixture';
import { show, waitForStatusBar } from './helpers';

export function registerStatusBarTests(): void {
  describe('Status bar', () => {
    it('counts the problems of the active release', async () => {
      await show(FILES.broken);
      const state = await waitForStatusBar(FILES.broken, STATUS_BROKEN);
      assert.deepEqual(state, { text: STATUS_BROKEN, tooltip: STATUS_BROKEN_TOOLTIP, visible: true });
    });

    it('says a valid release is valid', async () => {
      await show(FILES.valid);
      const state = await waitForStatusBar(FILES.valid, STATUS_VALID);
      assert.deepEqual(state, { text: STATUS_VALID, tooltip: 'Pressroom: this release is valid\nChecked against: Press release', visible: true });
    });

    it('hides on Markdown that is not a release', async () => {
      await show(FILES.notARelease);
      const state = await waitForStatusBar(FILES.notARelease, 'hidden');
      assert.equal(state.visible, false);
    });
  });
}
