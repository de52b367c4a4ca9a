// The editor features that read a note's model, loaded by the server's thread on the first request
// that needs one: the thread starts, and publishes the first diagnostics, without the analysis core.
export { codeActions } from './code-actions';
export { statusLens } from './code-lens';
export { completions, wantsAnalysis } from './completion';
export { foldingRanges } from './folding';
export { hoverAt } from './hover';
export { linkTargetAt } from './hover/link';
export { documentSymbols } from './symbols';
// A person's history across the account (hover) and the account's people (completion) read names as the core does.
export { peopleOfAccount, personHistory } from './workspace/people';
