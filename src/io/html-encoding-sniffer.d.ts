// html-encoding-sniffer ships no types: the one function decode.ts calls.
declare module 'html-encoding-sniffer' {
  /** The WHATWG encoding sniffing algorithm: BOM, then the `<meta charset>` prescan, then the default. */
  export default function htmlEncodingSniffer(bytes: Uint8Array, options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string }): string;
}
