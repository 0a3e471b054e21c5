/**
 * A byte stream from text chunks, pulled one chunk at a time: the next batch of meetings is read
 * and formatted only when the client has taken the previous one, so a slow download never makes
 * the server buffer the export. A client that goes away stops the generator (and its query).
 */
export function readableFrom(chunks: AsyncIterator<string>, onError?: (error: unknown) => void) {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          // Skip empty chunks: an empty enqueue would end a pull without progress.
          for (;;) {
            const { value, done } = await chunks.next();
            if (done) {
              controller.close();
              return;
            }
            if (value) {
              controller.enqueue(encoder.encode(value));
              return;
            }
          }
        } catch (error) {
          onError?.(error);
          controller.error(error);
        }
      },
      async cancel() {
        await chunks.return?.();
      },
    },
    // One chunk ahead at most: memory stays at about one batch.
    { highWaterMark: 1 },
  );
}
