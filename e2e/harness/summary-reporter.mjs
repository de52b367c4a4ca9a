// node --test reporter that ends the run with one line: "N passed, N failed, N pending".
export default async function* summary(source) {
  const counts = { passed: 0, failed: 0, pending: 0 };
  for await (const event of source) {
    if (event.data?.nesting !== 0) continue;
    if (event.type === 'test:pass') counts[event.data.skip || event.data.todo ? 'pending' : 'passed'] += 1;
    if (event.type === 'test:fail') counts.failed += 1;
  }
  yield `\n${counts.passed} passed, ${counts.failed} failed, ${counts.pending} pending\n`;
}
