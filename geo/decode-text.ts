// Bytes -> text for the readers. A report's text is the ground every later offset stands on, so a
// file that cannot be decoded exactly is refused with a message instead of being read as mojibake.

/** The part of the WHATWG TextDecoder the readers use. geo/ is type-checked without the DOM and
 * without Node types (it must run in both), and lib ES2023 has no TextDecoder, so it is described
 * here and looked up on globalThis, where Node >= 11 and every browser have it. */
interface TextDecoderLike {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
type TextDecoderConstructor = new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => TextDecoderLike;

function textDecoderConstructor(): TextDecoderConstructor {
  const ctor = (globalThis as { TextDecoder?: TextDecoderConstructor }).TextDecoder;
  if (!ctor) throw new Error('TextDecoder is not available in this JavaScript environment');
  return ctor;
}

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** How far into a file NUL bytes count as "binary": text never has them, binary formats almost
 * always do within the first few KB (headers, lengths, padding). */
const BINARY_SNIFF_BYTES = 8192;

export const MESSAGES = {
  empty: 'empty file',
  binary: 'binary file, not a report',
  invalidUtf8: 'not valid UTF-8 text',
  invalidUtf16: 'not valid UTF-16 text',
} as const;

/** The encoding a byte-order mark announces, and the BOM's length; UTF-8 when there is none
 * (UTF-16 without a BOM is not guessed: its NUL bytes make it look binary, and is refused). */
export function sniffEncoding(bytes: Uint8Array): { encoding: TextEncoding; bomLength: number } {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: 'utf-8', bomLength: 0 };
}

/** True when the first KBs hold a NUL byte. Only meaningful for UTF-8 input: UTF-16 is full of NULs. */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/** A strict decoder: it throws on malformed input rather than inserting U+FFFD, so bad bytes
 * become a Diagnostic. ignoreBOM keeps the BOM in the output; callers slice it off themselves,
 * because they already know its length from sniffEncoding. */
export function strictDecoder(encoding: TextEncoding): TextDecoderLike {
  const Ctor = textDecoderConstructor();
  return new Ctor(encoding, { fatal: true, ignoreBOM: true });
}

export type DecodeResult = { ok: true; text: string } | { ok: false; message: string };

/** Decodes a whole file. Strings are taken as already decoded (a leading BOM is still removed);
 * bytes are UTF-8 unless a BOM says UTF-16. Refuses empty, binary and malformed input. The text
 * is otherwise returned exactly (line endings are the caller's business). */
export function decodeText(content: string | Uint8Array): DecodeResult {
  if (typeof content === 'string') {
    const text = content.startsWith('\uFEFF') ? content.slice(1) : content;
    if (text.length === 0) return { ok: false, message: MESSAGES.empty };
    if (text.slice(0, BINARY_SNIFF_BYTES).includes('\u0000')) return { ok: false, message: MESSAGES.binary };
    return { ok: true, text };
  }
  const { encoding, bomLength } = sniffEncoding(content);
  const body = content.subarray(bomLength);
  if (body.length === 0) return { ok: false, message: MESSAGES.empty };
  if (encoding === 'utf-8' && looksBinary(body)) return { ok: false, message: MESSAGES.binary };
  try {
    const text = strictDecoder(encoding).decode(body);
    if (encoding !== 'utf-8' && text.slice(0, BINARY_SNIFF_BYTES).includes('\u0000')) {
      return { ok: false, message: MESSAGES.binary };
    }
    return { ok: true, text };
  } catch {
    return { ok: false, message: encoding === 'utf-8' ? MESSAGES.invalidUtf8 : MESSAGES.invalidUtf16 };
  }
}
