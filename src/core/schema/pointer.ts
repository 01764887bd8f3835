/** JSON Pointer segments (RFC 6901): `~1` is `/`, `~0` is `~`. */
export function decodePointerSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
