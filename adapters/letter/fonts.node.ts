// Font bytes on Node: read once when the module loads (not per render) from the installed font package.
// The Workers build gets adapters/letter/fonts.worker.ts instead, through the "#pdf-fonts" import map in package.json.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FontBytes } from './font-bytes.ts';

const require = createRequire(import.meta.url);
const read = (file: string) => new Uint8Array(readFileSync(require.resolve(`@expo-google-fonts/noto-sans/${file}`)));

export const FONT_BYTES: FontBytes = {
  regular: read('400Regular/NotoSans_400Regular.ttf'),
  bold: read('700Bold/NotoSans_700Bold.ttf'),
};
