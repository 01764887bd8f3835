/**
 * Pressroom in the web-worker extension host (as on vscode.dev and github.dev), seen from the workbench:
 * scripts/vscode/test.mjs runs this file on the server whose profile moves Pressroom into the worker
 * (`remote.extensionKind`), after the extension-host suite has passed there. It checks the Problems panel rows of
 * the broken release and the preview of the seed sample (../shared/samples beside the project, copied into this
 * run's workspace copy only; the invented fence sample stands in when it is missing). The screenshots
 * browser-problems.png and browser-preview.png (of the invented fixture releases, so no real release is pictured:
 * they are the README's) and browser-preview-seed.png go to test-results/screenshots/.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BROKEN_DIAGNOSTICS, FILES, STATUS_VALID } from '../../fixture';
import { expectProblemRows, focusWorkbench, openFile, previewFrame, runCommand, screenshot, TIMEOUT, useWorkbench } from '../workbench';

const REPOSITORY = path.resolve(__dirname, '..', '..', '..', '..');
const SEED_SAMPLE = path.resolve(REPOSITORY, '..', 'shared', 'samples', 'chief-constable-message-2020-03-18.md');
const FENCE_SAMPLE = path.join(__dirname, '..', 'samples', '2026-05-01-fence-sample.md');
/** press/, not news/: the explorer then shows no real release's name in the screenshots taken before it is opened. */
const SEED_FOLDER = 'press';
const VALID_HEADLINE = 'Riverside Library reopens after a two-year refurbishment';

/** The text of a release's top-level `title:` line. */
function titleOf(file: string): string {
  const line = fs.readFileSync(file, 'utf8').split(/\r?\n/).find((text) => text.startsWith('title: '));
  assert.ok(line, `${path.basename(file)} has no title line`);
  return line.slice('title: '.length).trim();
}

describe('Pressroom in the web-worker host (code-server + Chromium)', function () {
  this.timeout(120_000);
  const seed = fs.existsSync(SEED_SAMPLE) ? SEED_SAMPLE : FENCE_SAMPLE;
  const workbench = useWorkbench('browser-', (workspace) => {
    fs.copyFileSync(seed, path.join(workspace, SEED_FOLDER, path.basename(seed)));
  });

  it('starts the web-worker extension host in the workbench', async () => {
    // The worker lives in a hidden frame of its own (webWorkerExtensionHostIframe.html); the suite, run in the
    // same profile, checks from inside that Pressroom runs there. The frame is waited for as the workbench's
    // element, then for its address: a frame attaches before it navigates, so its address is not known when it attaches.
    const { page } = workbench;
    const element = page.locator('iframe.web-worker-ext-host-iframe');
    await element.waitFor({ state: 'attached', timeout: TIMEOUT });
    assert.match((await element.getAttribute('src')) ?? '', /webWorkerExtensionHostIframe\.html/);
    const frame = await (await element.elementHandle())?.contentFrame();
    assert.ok(frame, 'the extension host element holds a frame');
    // Resolves at once when the frame is there already, else when its first navigation gets there.
    await frame.waitForURL(/webWorkerExtensionHostIframe\.html/, { waitUntil: 'domcontentloaded', timeout: TIMEOUT });
  });

  it('shows the broken release\'s problems in the Problems panel', async () => {
    const { page } = workbench;
    await focusWorkbench(page);
    await openFile(page, FILES.broken);
    await expectProblemRows(page, BROKEN_DIAGNOSTICS);
    await screenshot(workbench, 'browser-problems');
  });

  it('previews the fixture release, then the seed sample in the same panel', async () => {
    const { page } = workbench;
    await page.keyboard.press('Control+J'); // hides the panel: the preview gets the room
    await focusWorkbench(page);
    await openFile(page, FILES.valid);
    await page.locator('.statusbar-item', { hasText: STATUS_VALID.replace(/\$\([^)]*\)\s*/g, '') }).first().waitFor({ timeout: TIMEOUT });
    await runCommand(page, 'Pressroom: Open Preview to the Side');
    const valid = await previewFrame(page, VALID_HEADLINE);
    assert.equal((await valid.locator('.card-domain').textContent())?.trim(), 'www.example.gov.uk');
    await screenshot(workbench, 'browser-preview');

    await openFile(page, `${SEED_FOLDER}/${path.basename(seed)}`);
    const frame = await previewFrame(page, titleOf(seed).split(' | ')[0]);
    assert.ok((await frame.locator('#pressroom-body p').count()) > 0, 'the body is rendered');
    await screenshot(workbench, 'browser-preview-seed');
  });
});
