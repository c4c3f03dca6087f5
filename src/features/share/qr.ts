/**
 * A QR code of a share link, as SVG text, drawn with qrcode-generator (MIT, no dependencies).
 * Only links of up to QR_MAX_LINK_LENGTH characters get one: longer codes are too dense for a
 * phone camera to read from a screen. The share screen's chunk is the only one that loads this.
 */
import qrcode from 'qrcode-generator';
import { QR_MAX_LINK_LENGTH } from '../../formats/shareLink';

/** Blank modules around the code, as the QR standard asks, so scanners find its edges. */
const QUIET_ZONE = 4;

/**
 * The link as an SVG QR code (error correction level L: the most data per module, and a screen
 * or clean print needs little correction), or null when the link is too long for one.
 */
export function renderQr(link: string): string | null {
  if (link.length === 0 || link.length > QR_MAX_LINK_LENGTH) return null;
  let code: ReturnType<typeof qrcode>;
  try {
    code = qrcode(0, 'L');
    code.addData(link, 'Byte');
    code.make();
  } catch {
    return null; // more than the largest QR code holds
  }
  const modules = code.getModuleCount();
  const size = modules + 2 * QUIET_ZONE;
  let path = '';
  for (let row = 0; row < modules; row++) {
    for (let col = 0; col < modules; col++) {
      if (code.isDark(row, col)) path += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" ` +
    `shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/>` +
    `<path fill="#000" d="${path}"/></svg>`
  );
}

/** The SVG as an image address: the page's policy allows `data:` images and nothing inline. */
export function qrImageSrc(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
