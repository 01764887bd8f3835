/**
 * Decides which open documents are releases, and parses each document version once for every
 * feature that needs it (diagnostics, completion, hover, quick fixes, preview).
 */
import * as vscode from 'vscode';
import { isMarkdownPath, isRelease, parseRelease, releasePathMatcher, type ParsedRelease, type ReleasePathMatcher } from '../core';
import { readSettings } from './settings';

interface CachedParse {
  readonly version: number;
  readonly parsed: ParsedRelease;
}

export class ReleaseDocuments {
  private readonly parses = new Map<string, CachedParse>();
  private matchers = new Map<string, ReleasePathMatcher>();

  /** Settings changed: globs are compiled again on next use. */
  resetSettings(): void {
    this.matchers = new Map();
  }

  private matcherFor(uri: vscode.Uri): ReleasePathMatcher {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const key = folder?.uri.toString() ?? '';
    let matcher = this.matchers.get(key);
    if (!matcher) {
      matcher = releasePathMatcher(readSettings(uri).files);
      this.matchers.set(key, matcher);
    }
    return matcher;
  }

  /** A Markdown document under the release globs, or one whose front matter names a schema. */
  isRelease(document: vscode.TextDocument): boolean {
    if (document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled' && document.uri.scheme !== 'vscode-remote') return false;
    if (document.languageId !== 'markdown' && !isMarkdownPath(document.uri.path)) return false;
    const relative = vscode.workspace.asRelativePath(document.uri, false);
    return isRelease(isMarkdownPath(relative) ? relative : `${relative}.md`, document.getText(), this.matcherFor(document.uri));
  }

  /** The document parsed once per version. */
  parsed(document: vscode.TextDocument): ParsedRelease {
    const key = document.uri.toString();
    const cached = this.parses.get(key);
    if (cached && cached.version === document.version) return cached.parsed;
    const parsed = parseRelease(document.getText());
    this.parses.set(key, { version: document.version, parsed });
    return parsed;
  }

  forgetUri(uri: vscode.Uri): void {
    this.parses.delete(uri.toString());
  }

  /** For files that are not open: the same rule as `isRelease`, from a path and text. */
  isReleaseFile(uri: vscode.Uri, text: string): boolean {
    return isRelease(vscode.workspace.asRelativePath(uri, false), text, this.matcherFor(uri));
  }
}
