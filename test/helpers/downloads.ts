/** Catches files handed to the browser's downloads (Blob, object URL and `<a download>`). */
export function catchDownloads(): { downloads: Array<{ name: string; blob: Blob }>; restore: () => void } {
  const downloads: Array<{ name: string; blob: Blob }> = [];
  const realCreate = URL.createObjectURL.bind(URL);
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = realCreate(blob);
    blobs.set(url, blob as Blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) downloads.push({ name: this.download, blob: blobs.get(this.href)! });
    else HTMLElement.prototype.click.call(this);
  };
  return {
    downloads,
    restore: () => {
      URL.createObjectURL = realCreate;
      delete (HTMLAnchorElement.prototype as Partial<HTMLAnchorElement>).click;
    },
  };
}
