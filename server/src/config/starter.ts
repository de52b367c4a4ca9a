// The commented configuration `boussole init` writes.
export const STARTER_CONFIG = `// Boussole configuration: applies to the notes in this folder and below.
// The nearest .boussole.jsonc (or .boussole.json, .boussole.yaml) above a note wins.
{
  // Build on another configuration (a path relative to this file).
  // "extends": "../.boussole.jsonc",

  // Severity of each rule: "off", "hint", "info", "warning" or "error".
  // A finding at "error" makes \`boussole check\` exit 1, so CI fails.
  "rules": {
    // "no-facts": "error",
    // "closed-questions": "off"
  },

  // Which files are notes, and which never are (globs relative to this file).
  // .gitignore is honoured as well.
  // "notes": ["**/*.md"],
  "ignore": ["archive/**"],

  // Language of new notes, and of notes that give no clue of theirs: "fr" or "en".
  // "language": "fr",

  // Your own names and words, recognised on top of the built-in ones.
  "lexicon": {
    // Your company and your sellers: these participants are on the seller side.
    "company": [],
    "sellers": [],
    // Titles that decide on a purchase in your clients' organisations.
    "deciderTitles": [],
    // More heading names for the co-development steps (1 to 6) and for the sections
    // (facts, participants, next-steps, decision, situation).
    "steps": {},
    "sections": {}
  }
}
`;
