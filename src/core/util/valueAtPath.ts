import { isRecord } from './isRecord';

/** The value plain data holds at a front matter path (`['contacts', 0, 'phone']`), or undefined. */
export function valueAtPath(data: unknown, path: readonly (string | number)[]): unknown {
  let node: unknown = data;
  for (const segment of path) {
    if (typeof segment === 'number') node = Array.isArray(node) ? node[segment] : undefined;
    else node = isRecord(node) ? node[segment] : undefined;
  }
  return node;
}
