/** The bundled report. Imported lazily so the page can say it is loading. */
export async function loadSeed(): Promise<{ name: string; json: unknown }> {
  const module = await import('../../data/pakistan-taliban/dataset.json');
  return { name: 'data/pakistan-taliban/dataset.json', json: module.default };
}
