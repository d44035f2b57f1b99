/** Reads a file's bytes, saying how many have been read. */
export async function readBytes(file: Blob, progress: (read: number) => void): Promise<Uint8Array> {
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let read = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes.set(chunk.value.subarray(0, bytes.length - read), read);
    read += chunk.value.length;
    progress(read);
  }
  return bytes.subarray(0, read);
}
