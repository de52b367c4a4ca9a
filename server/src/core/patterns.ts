// Every regular expression built at run time is made here, so the ReDoS test (test/core/redos.test.ts)
// checks it along with the literals it reads from the source. A pattern's source comes from the
// lexicon or the code, never from a note: the registry stays as small as the vocabulary.
const registry = new Map<string, RegExp>();

/** `new RegExp(source, flags)`, registered for the ReDoS test. */
export function pattern(source: string, flags = ''): RegExp {
  const compiled = new RegExp(source, flags);
  const key = `/${source}/${flags}`;
  if (!registry.has(key)) registry.set(key, new RegExp(source, flags));
  return compiled;
}

/** The patterns built so far, one per source and flags. */
export function registeredPatterns(): RegExp[] {
  return [...registry.values()];
}
