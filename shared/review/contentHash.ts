import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { PLATFORMS, type Platform } from '../domain/platforms';

/**
 * What a client approves (DESIGN.md §2, §7): the post's time, format, topic, brief, link, the
 * copy of each platform and the visuals. Status, pillar, PIC and campaign are the freelancer's
 * bookkeeping and do not change what the client saw.
 */
export interface SlotContent {
  startsAt: string;
  format: string;
  topic: string;
  visualBrief: string;
  link: string;
  variants: ReadonlyArray<{ platform: Platform; plain: string }>;
  /** Content hashes of the post's assets, in their order. */
  assetHashes: readonly string[];
}

const order = (p: Platform) => PLATFORMS.indexOf(p);

/** The content fields in one canonical order, so equal content always gives equal bytes. */
export function canonicalContent(c: SlotContent): string {
  const variants = [...c.variants].sort((a, b) => order(a.platform) - order(b.platform)).map((v) => [v.platform, v.plain]);
  return JSON.stringify([1, c.startsAt, c.format, c.topic, c.visualBrief, c.link, variants, [...c.assetHashes]]);
}

/** SHA-256 (hex) of the canonical content: the hash an approval is bound to. */
export function slotContentHash(c: SlotContent): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalContent(c))));
}

/** SHA-256 (hex) of any text, e.g. the checksum of a feedback line. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
