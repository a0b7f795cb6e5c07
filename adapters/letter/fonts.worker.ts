// Font bytes on Cloudflare Workers, which have no file system: the font files are imported as modules. wrangler
// uploads them as Data modules (the *.ttf rule in wrangler.toml, an ArrayBuffer); scripts/build-worker.ts inlines
// them with esbuild's binary loader (a Uint8Array). Node uses fonts.node.ts; "#pdf-fonts" in package.json picks one.
import regular from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf';
import bold from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf';
import type { FontBytes } from './font-bytes.ts';

const bytes = (data: ArrayBuffer | Uint8Array) => (data instanceof Uint8Array ? data : new Uint8Array(data));

export const FONT_BYTES: FontBytes = { regular: bytes(regular), bold: bytes(bold) };
