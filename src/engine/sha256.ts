// Hex SHA-256 of a text's UTF-8 bytes, synchronous and the same in Node and in a browser worker
// (WebCrypto's digest is async only, Node's crypto is not in the browser).
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

const encoder = new TextEncoder();

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(encoder.encode(text)));
}
