// The two font files every PDF embeds, as bytes: read from node_modules on Node, imported as modules on Workers.
export interface FontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}
