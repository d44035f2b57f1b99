/** Hands a file to the browser's download (no server: a blob URL on a temporary link). */
export function download(name: string, data: Blob | string, type = 'application/octet-stream') {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: the download reads the blob after this task.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
