// A generated meeting note of about `size` characters: many attendees and discussion lines, the
// shape that costs the analysis most, so it is still being analysed while the editor asks for more.
export function largeMeetingNote(size: number): string {
  const people = Array.from({ length: 40 }, (_, i) => `- Personne ${i} – Responsable du site ${i}`);
  const head = [
    '---', 'type: rendez-vous', 'lang: fr', 'date: 2026-04-02', '---', '',
    '# Revue trimestrielle – Machin Industries', '', '## Participants', '', ...people, '- Moi (commercial)', '',
    '## Discussion', '',
  ];
  const lines = [...head];
  let length = head.join('\n').length;
  for (let i = 0; length < size; i++) {
    const line = `- Personne ${i % 40} a présenté les chiffres du site ${i % 40} : ${i} commandes, délai moyen de ${i % 9} jours, à revoir avec Personne ${(i + 7) % 40}.`;
    lines.push(line);
    length += line.length + 1;
  }
  lines.push('', '## Prochaines étapes', '', '- Envoyer la proposition à Personne 3 d’ici le 28 mai', '');
  return lines.join('\n');
}
