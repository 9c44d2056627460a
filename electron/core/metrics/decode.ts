/**
 * Bytes of a text export to a string. Meta's account files are UTF-16LE with a BOM, its post
 * files and TikTok's are UTF-8 with a BOM, others have none (reference §0); a UTF-16 file that
 * lost its BOM still shows itself by the zero bytes between ASCII letters.
 */
export function decodeText(buf: Buffer): string {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return new TextDecoder('utf-8').decode(buf.subarray(3));
  const sample = buf.subarray(0, 512);
  let zeroOdd = 0;
  let zeroEven = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2) zeroOdd++;
    else zeroEven++;
  }
  if (zeroOdd > sample.length / 8) return new TextDecoder('utf-16le').decode(buf);
  if (zeroEven > sample.length / 8) return new TextDecoder('utf-16be').decode(buf);
  return new TextDecoder('utf-8').decode(buf);
}
