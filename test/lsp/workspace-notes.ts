// A small workspace for the protocol tests: two accounts, one French, one English, each a first
// meeting and its follow-up. Written to a temporary folder by the tests.
export const WORKSPACE_NOTES: Record<string, string> = {
  'girard/2026-03-02-premier-rdv.md': `---
type: rendez-vous
lang: fr
date: 2026-03-02
compte: Transports Girard
---

# Premier rendez-vous – Transports Girard

## Participants

- Karim Haddad – responsable logistique
- Léa Morel – acheteuse
- Moi (commercial)

## Situation

Karim Haddad gère les tournées de 40 chauffeurs ; les retards de livraison coûtent environ 80 k€ par an en pénalités.

## Processus de décision

La décision finale revient à Sophie Girard, directrice générale, que nous n'avons pas rencontrée.

## Prochaines étapes

- Envoyer la proposition commerciale à Karim Haddad d'ici le 10 mars
- Karim Haddad nous présente à Sophie Girard avant le 20 mars pour valider le budget du pilote
`,
  'girard/2026-03-23-suivi.md': `---
type: rendez-vous
lang: fr
date: 2026-03-23
compte: Transports Girard
follows: 2026-03-02-premier-rdv.md
---

# Deuxième rendez-vous – Transports Girard

## Participants

- Karim Haddad – responsable logistique
- Moi (commercial)

## Échanges

Karim Haddad a relu le devis : le prix du pilote lui convient, il veut commencer par le dépôt de Lyon.
Il s'inquiète de la formation des chauffeurs de nuit.

## Prochaines étapes

- Karim Haddad confirme le périmètre du pilote à Sophie Girard d'ici le 31 mars pour qu'elle décide du lancement
`,
  'acme/2026-02-10-kickoff.md': `---
type: meeting
lang: en
date: 2026-02-10
account: Acme Logistics
---

# Kickoff meeting – Acme Logistics

## Attendees

- Rachel Kim – operations director
- Tom Baker – procurement lead
- Me (account executive)

## Discussion

Rachel Kim explains that picking errors cost them about 120k a year across the two warehouses.
Tom Baker wants a fixed price for the pilot and a clear exit clause.

## Decision process

Dana Wright, the CFO, signs off on anything above 50k. We have not met her.

## Next steps

- Send Rachel Kim the pilot proposal by 20 February so she can decide whether to take it to Dana Wright
- Tom Baker shares the procurement checklist by 27 February
`,
  'acme/2026-03-05-follow-up.md': `---
type: meeting
lang: en
date: 2026-03-05
account: Acme Logistics
follows: 2026-02-10-kickoff.md
---

# Follow-up meeting – Acme Logistics

## Attendees

- Rachel Kim – operations director
- Tom Baker – procurement lead
- Me (account executive)

## Review of open items

- Pilot proposal sent to Rachel Kim on 18 February: done.
- Procurement checklist from Tom Baker: received, done.

## Discussion

Rachel Kim liked the quote; she wants to start with the Leeds warehouse.

## Next steps

- Rachel Kim presents the quote to Dana Wright by 10 April so that Dana decides on the pilot budget
`,
};
