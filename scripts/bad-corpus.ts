/**
 * npm run bad-corpus
 *
 * Runs every file of the bad-input corpus (tests/fixtures/bad/) through the app's loader and
 * the CLI and prints the figures the README states: inputs tried, located errors, located
 * warnings, accepted, crashes, and any outcome that differs from the manifest.
 */
import { loadManifest, matches, runApp, runCli, type Seen } from './badCorpus/check';

const manifest = loadManifest();
const cli = runCli(manifest);
const app = new Map(manifest.map((e) => [e.file, runApp(e)]));

function figures(label: string, seen: (file: string) => Seen) {
  const count = (o: Seen['outcome']) => manifest.filter((e) => seen(e.file).outcome === o).length;
  const wrong = manifest.filter((e) => matches(e, seen(e.file)) !== null);
  console.log(
    `${label}: ${manifest.length} inputs tried; ${count('error')} located errors, ` +
      `${count('warning')} located warnings, ${count('accepted')} accepted, ` +
      `crashes: ${count('crash')}; not as the manifest expects: ${wrong.length}`,
  );
  for (const e of wrong) console.log(`  ${e.file}: ${matches(e, seen(e.file))}`);
  return wrong.length + count('crash');
}

const bad = figures('app loader', (f) => app.get(f)!) + figures('CLI', (f) => cli.seen.get(f)!);
process.exit(bad > 0 ? 1 : 0);
