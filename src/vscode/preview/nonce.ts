/**
 * A fresh nonce for one preview page: 128 random bits, base64. Web Crypto, so the same code runs in
 * desktop VS Code (Node 20) and in vscode.dev's web worker.
 */
const NONCE_BYTES = 16;

export function createNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  return btoa(String.fromCharCode(...bytes));
}
