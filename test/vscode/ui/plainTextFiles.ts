/**
 * The plain-text workspace the UI checks of plain-text releases work on, in either extension host: the
 * workspace copy emptied, then two copies of the plain-text sample (samples/ next to this file) in two
 * folders, a transcript, which is not a release, and a robots.txt and a requirements.txt, which Pressroom
 * knows are never releases.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { runCommand, TIMEOUT } from './workbench';

const PLAIN_TEXT = path.join(__dirname, 'samples', 'library-hours.txt');
export const FILES = ['inbox/library-hours.txt', 'archive/2025/library-hours.txt'];
export const TRANSCRIPT = 'inbox/radio-interview.txt';
const TRANSCRIPT_TEXT = 'E&OE TRANSCRIPT\nJANE DOE: Thank you for coming in.\nJOHN ROE: Glad to be here.\nJANE DOE: Tell us about the libraries.\n';
/** How each converted file starts: outside the release folders, `$schema` makes it a release where it is kept. */
export const CONVERTED_START = /^---\n\$schema: press-release\ntitle: Northshire libraries to open late on weekdays\n/;
export const NOT_CONVERTED = /Not converted: inbox\/radio-interview\.txt \(looks like a transcript, not a release: /;

export function preparePlainTextWorkspace(workspace: string): void {
  for (const entry of fs.readdirSync(workspace)) fs.rmSync(path.join(workspace, entry), { recursive: true });
  for (const file of FILES) {
    fs.mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
    fs.copyFileSync(PLAIN_TEXT, path.join(workspace, file));
  }
  fs.writeFileSync(path.join(workspace, TRANSCRIPT), TRANSCRIPT_TEXT);
  // Text files a website's repository keeps, never releases: not counted, listed or converted.
  fs.mkdirSync(path.join(workspace, 'static'));
  fs.writeFileSync(path.join(workspace, 'static', 'robots.txt'), 'User-agent: *\nDisallow: /drafts/\n');
  fs.writeFileSync(path.join(workspace, 'requirements.txt'), 'mkdocs==1.6.0\n');
}

/** Every .txt file's text, to show they are left as they were. */
export function plainTexts(workspace: string): string[] {
  return [...FILES, TRANSCRIPT].map((file) => fs.readFileSync(path.join(workspace, file), 'utf8'));
}

/** Runs "Convert a Plain-Text Release…", picks "All 3 plain-text files" and checks the confirmation; leaves it open. */
export async function askToConvertAll(page: Page, workspace: string) {
  await runCommand(page, 'Pressroom: Convert a Plain-Text Release…');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'All 3 plain-text files' }).first().waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
  const dialog = page.locator('.monaco-dialog-box');
  await dialog.waitFor({ timeout: TIMEOUT });
  assert.equal(await dialog.locator('.dialog-message-text').innerText(), 'Create 2 Markdown releases beside their .txt files?');
  assert.match(await dialog.locator('.dialog-message-detail').innerText(), NOT_CONVERTED);
  assert.equal(fs.existsSync(path.join(workspace, 'inbox', 'library-hours.md')), false, 'nothing is written before the author confirms');
  return dialog;
}

/** After "Create Them": the summary, each .md with its `$schema` and title, no .md for the transcript, the .txt files unchanged. */
export async function expectConvertedAll(page: Page, workspace: string, originals: readonly string[]): Promise<void> {
  await page.locator('.notifications-toasts .notification-toast', { hasText: 'Pressroom: created 2 Markdown releases beside their .txt files; not converted: inbox/radio-interview.txt (' }).first().waitFor({ timeout: TIMEOUT });
  for (const file of FILES) assert.match(fs.readFileSync(path.join(workspace, file.replace(/\.txt$/, '.md')), 'utf8'), CONVERTED_START, file);
  assert.equal(fs.existsSync(path.join(workspace, 'inbox', 'radio-interview.md')), false, 'the transcript is not converted');
  assert.deepEqual(plainTexts(workspace), originals, 'the .txt files are left as they were');
  assert.deepEqual(fs.readdirSync(path.join(workspace, 'static')), ['robots.txt'], 'robots.txt is not converted');
  assert.equal(fs.existsSync(path.join(workspace, 'requirements.md')), false, 'requirements.txt is not converted');
}
