/**
 * Web addresses of the release (its url, the social card's url and picture) written with `http://` or
 * with no scheme at all: the same address with `https://`. Offered for their diagnostics, and where
 * the cursor is for an `http://` address the schema still accepts.
 */
import type { BuiltInDiagnostic } from '../../diagnostics';
import type { FieldRole } from '../../schema/fieldRoles';
import type { SchemaPath } from '../../schema/jsonSchema';
import { formatPath } from '../../schema/navigate';
import type { FixContext } from './fixContext';
import { inSameStyle } from './quoting';
import { scalarAt } from './scalarAt';
import type { AuthoringFix } from './types';

const ADDRESS_ROLES: readonly FieldRole[] = ['url', 'socialUrl', 'socialImage'];

/** A host name and perhaps a path, with no scheme: `www.example.org/news/`. */
const BARE_ADDRESS = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i;

/** The address with https://, or undefined when it is not an http:// or bare address. */
export function httpsAddress(value: string): string | undefined {
  const http = /^http:\/\/(?=\S)/i.exec(value);
  if (http) return `https://${value.slice(http[0].length)}`;
  if (value.startsWith('//') && BARE_ADDRESS.test(value.slice(2))) return `https:${value}`;
  return BARE_ADDRESS.test(value) ? `https://${value}` : undefined;
}

function isAddressField(ctx: FixContext, path: SchemaPath): boolean {
  return ADDRESS_ROLES.some((role) => {
    const rolePath = ctx.roles[role];
    return rolePath !== undefined && rolePath.length === path.length && rolePath.every((segment, index) => segment === path[index]);
  });
}

/** The https fix for the address at `path`; `diagnostic` is the problem it answers, when there is one. */
export function httpsFix(ctx: FixContext, path: SchemaPath, diagnostic?: BuiltInDiagnostic): AuthoringFix | undefined {
  if (!isAddressField(ctx, path)) return undefined;
  const scalar = scalarAt(ctx, path);
  if (!scalar || typeof scalar.node.value !== 'string') return undefined;
  const address = httpsAddress(scalar.node.value);
  const newText = address === undefined ? undefined : inSameStyle(scalar.node, address);
  if (newText === undefined) return undefined;
  const scheme = /^http:/i.test(scalar.node.value) ? 'Change http:// to https://' : 'Add https://';
  return {
    id: 'use-https',
    title: `${scheme} in ${formatPath(path)}`,
    edits: [{ startOffset: scalar.startOffset, endOffset: scalar.endOffset, newText }],
    diagnostics: diagnostic ? [diagnostic] : [],
    isPreferred: diagnostic !== undefined,
    inFixAll: diagnostic !== undefined,
  };
}

export function httpsFixFor(ctx: FixContext, diagnostic: BuiltInDiagnostic): AuthoringFix | undefined {
  if (diagnostic.code !== 'pattern-mismatch' && diagnostic.code !== 'invalid-format') return undefined;
  return httpsFix(ctx, diagnostic.path, diagnostic);
}
