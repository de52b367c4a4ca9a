// Where a rule's page is, without the rules themselves: the server's thread links to it.

/** Path of a rule's documentation page (a note's rule or a cross-note rule), relative to the project root. */
export function ruleDocPath(id: string): string {
  return `docs/rules/${id}.md`;
}
