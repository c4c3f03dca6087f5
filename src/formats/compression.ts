/**
 * deflate-raw through the platform's CompressionStream. Inflating is bounded: it stops as soon as
 * the output passes `maxBytes` or `maxRatio` times the input, so a crafted "bomb" costs little.
 */
import { FormatError } from './errors';

/** Cancelling a stream that is being refused for its size: the size is what the caller hears. */
const refusedForItsSize = () => undefined;

/** The writable side's failure reaches the reader as the readable side's error, and is thrown there. */
const reportedByTheReader = () => undefined;

async function collect(
  stream: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(refusedForItsSize);
      throw new FormatError('tooLarge', `more than ${limit} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function through(
  bytes: Uint8Array<ArrayBuffer>,
  transform: CompressionStream | DecompressionStream,
) {
  // Write and close without awaiting, so a reader that stops early never deadlocks the writer.
  const writer = transform.writable.getWriter();
  writer.write(bytes).catch(reportedByTheReader);
  writer.close().catch(reportedByTheReader);
  return transform.readable;
}

export async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return collect(through(bytes, new CompressionStream('deflate-raw')), Number.MAX_SAFE_INTEGER);
}

export async function inflateRaw(
  bytes: Uint8Array<ArrayBuffer>,
  { maxBytes, maxRatio }: { maxBytes: number; maxRatio: number },
): Promise<Uint8Array<ArrayBuffer>> {
  const limit = Math.min(maxBytes, Math.max(1024, bytes.byteLength * maxRatio));
  try {
    return await collect(through(bytes, new DecompressionStream('deflate-raw')), limit);
  } catch (error) {
    if (error instanceof FormatError) throw error;
    throw new FormatError('damaged', 'does not inflate');
  }
}
