import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The SHA-256 of a text's UTF-8 bytes. Synchronous and the same in the Worker, in Node and in the
 * editor's browser bundle (Web Crypto is asynchronous and absent from Node scripts' plain imports).
 */
export function sha256Of(text: string): Uint8Array {
  return sha256(utf8ToBytes(text));
}

/** The first `length` bytes of the text's SHA-256 as hex (all 32 when no length is given). */
export function sha256Hex(text: string, length = 32): string {
  return bytesToHex(sha256Of(text).slice(0, length));
}
