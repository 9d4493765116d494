// Stable, name-based UUIDs (RFC 9562 version 8, SHA-256 of the name, as in its appendix B.2),
// so an export of the same text gives the same `urn:uuid:` identifiers every time.
import { sha256 } from '@noble/hashes/sha2.js';

const encoder = new TextEncoder();

export function nameUuid(name: string): string {
  const bytes = sha256(encoder.encode(name)).slice(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x80; // version 8
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // variant 10xx
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function nameUrn(name: string): string {
  return `urn:uuid:${nameUuid(name)}`;
}
