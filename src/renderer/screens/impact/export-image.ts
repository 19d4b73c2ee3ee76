const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The map as a stand-alone SVG file. Its look comes from presentation attributes only, so the copy
 * needs no style sheet and class names would point nowhere; focus rings and the keyboard's tab
 * stops are of no use in a file.
 */
export function serializeSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', SVG_NS);
  copy.removeAttribute('class');
  for (const el of copy.querySelectorAll('[class]')) el.removeAttribute('class');
  for (const el of copy.querySelectorAll('[tabindex]')) el.removeAttribute('tabindex');
  for (const el of copy.querySelectorAll('[data-focus-ring]')) el.remove();
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/** Offers a file for download the way a browser does, from memory: no server, no network. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; keep the URL a moment for slow machines.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadSvg(svg: SVGSVGElement, fileName: string): void {
  download(new Blob([serializeSvg(svg)], { type: 'image/svg+xml' }), fileName);
}

/**
 * The map as a PNG at twice its size, sharp on a projector or in a document. The SVG is drawn into
 * a canvas through a blob: URL, which the Content-Security-Policy allows for images.
 */
export async function downloadPng(svg: SVGSVGElement, fileName: string, scale = 2): Promise<void> {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const url = URL.createObjectURL(new Blob([serializeSvg(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The map could not be drawn as an image.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    const png = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('No PNG.'))), 'image/png'),
    );
    download(png, fileName);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A file name from the plan's title that every file system accepts. */
export function safeFileName(title: string, fallback: string): string {
  const cleaned = [...title]
    .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? ' ' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return cleaned === '' ? fallback : cleaned;
}
