// Stakeholders, decisions and commitments read from anywhere in a meeting note, on small notes
// written the way salespeople write them.
import assert from 'node:assert/strict';
import { describe as person, whoDecides } from '../../server/src/core/meeting/decider';
import { analyze } from '../../server/src/core/analyze';
import { buildNote } from '../../server/src/core/model';
import type { Note, Participant } from '../../server/src/core/types';

const meeting = (body: string, frontMatter = ''): Note => buildNote(`---\ntype: meeting\ndate: 2026-04-08\n${frontMatter}---\n\n${body}\n`);

const named = (note: Note, name: string): Participant => {
  const found = note.stakeholders.find((p) => p.name === name);
  assert.ok(found, `no stakeholder ${name} in ${note.stakeholders.map((p) => p.name).join(', ')}`);
  return found;
};

describe('stakeholders and who decides', () => {
  describe('decision statements, both languages, active and passive, by name or title', () => {
    const cases: [string, string][] = [
      ['Spent an hour with Jason Whitley, the IT lead. The budget is held by the head of operations, Rebecca Sands, who was not there.', 'Rebecca Sands'],
      ['Vu Lucie Fabre, responsable supply chain. La signature revient au directeur général, Arnaud Terrier.', 'Arnaud Terrier'],
      ['Rencontré Marc Olivier, responsable du contrôle de gestion. C’est le comité d’investissement qui tranchera.', 'comité d’investissement'],
      ['Met Tom Becker (VP Engineering). Anything over $100k goes to Linda Cho, your CEO, who makes the final call.', 'Linda Cho'],
      ['Met Dana Fox, IT project manager. The final call is the CEO’s.', 'CEO'],
      ['Met Raj Mehta (IT mgr). Ops VP has final say on this, Linda Kowalski, she’s the one who’ll defend the spend.', 'Linda Kowalski'],
      ['Call with Tom Baker, procurement lead. The budget holder is the CFO, Ann Lee, who wasn’t on the call.', 'Ann Lee'],
      ['J’ai vu le docteur Lemaire et madame Costa. Le docteur Lemaire m’a dit que c’est lui qui décide.', 'docteur Lemaire'],
      ['I met Mrs Patel (front desk). The practice owner Dr. Grant Wheeler signs anything over five thousand.', 'Dr. Grant Wheeler'],
      ['Rencontré M. Aubert (directeur financier). La décision sera prise par M. Aubert lors du comité du 9 avril.', 'M. Aubert'],
    ];
    for (const [text, decider] of cases) {
      it(`"${text.slice(text.indexOf('.') + 2, text.indexOf('.') + 50)}…" -> ${decider}`, () => {
        const note = meeting(`# Rendez-vous\n\n${text}`);
        assert.equal(whoDecides(note).decider?.name, decider);
        assert.equal(whoDecides(note).decider?.deciderSource, 'statement');
      });
    }

    it('someone else signs: the first buyer the sentence names does not decide', () => {
      const note = meeting('# Notes de frais\n\nÀ : Sophie Carpentier\n\nBonjour Sophie,\n\nVous devez faire valider le projet par votre responsable, Nadia Benali, qui arbitre les budgets.');
      assert.equal(whoDecides(note).decider?.name, 'Nadia Benali');
      assert.equal(named(note, 'Sophie Carpentier').decider, false);
      assert.equal(note.addressee?.name, 'Sophie Carpentier');
      assert.equal(named(note, 'Nadia Benali').evidence?.text.startsWith('Vous devez faire valider'), true);
    });

    it('what the note states outranks a title: the director does not decide when the CEO is said to', () => {
      const note = meeting('# Call\n\n## Attendees\n\n- Paul Smith, Director of Operations (sponsor)\n- Me\n\n## Notes\n\nPaul says the final call is the CEO\'s.');
      assert.equal(whoDecides(note).decider?.name, 'CEO');
      assert.equal(named(note, 'Paul Smith').decider, false);
      assert.equal(whoDecides(note).met, false);
    });

    for (const unknown of ['décideur : à identifier', 'Decision maker: TBD', 'no idea yet who signs off', 'Personne ne sait qui signe.']) {
      it(`"${unknown}" is an explicit unknown`, () => {
        const note = meeting(`# Call\n\nPrésents : Anne Roy (acheteuse), moi\n\n- ${unknown}\n- budget 40 k€`);
        const answer = whoDecides(note);
        assert.equal(answer.known, false);
        assert.ok(answer.unknown, 'the sentence saying so is kept');
      });
    }
  });

  describe('where people are listed', () => {
    it('an inline "Présents :" line, with titles and markers, and "moi" on the seller side', () => {
      const note = meeting('RDV Sarrazin\nPrésents : Karim Bensaïd (DSI), Léa Fournier (resp. infra), moi\n- Q/ qui décide ? R/ le DG, Yann Morvan, décide seul – pas rencontré');
      assert.deepEqual(note.participants.map((p) => [p.name, p.side]), [['Karim Bensaïd', 'buyer'], ['Léa Fournier', 'buyer'], ['moi', 'seller']]);
      assert.equal(note.attendeesAt?.start.line, 6);
      const decider = whoDecides(note).decider!;
      assert.equal(person(decider), 'Yann Morvan (DG)');
      assert.equal(decider.met, false);
      assert.equal(named(note, 'Karim Bensaïd').decider, false, 'the DSI title gives way to what the note says');
    });

    it('one inline line for both sides: commas after brackets and a side named inside the list part the people', () => {
      const note = meeting('# RDV Mairie\n\n**Participants :** Mme Girard (services techniques), M. Lopez (DSI) ; côté nous : Pierre Vidal et moi (Élodie).');
      assert.deepEqual(note.participants.map((p) => [p.name, p.side]), [
        ['Mme Girard', 'buyer'], ['M. Lopez', 'buyer'], ['Pierre Vidal', 'seller'], ['moi', 'seller'],
      ]);
      const shorthand = meeting('brightpath mfg, onsite\n\nppl: Raj Mehta (IT mgr), Carla Nunes (plant scheduler). me + Ben (AE)');
      assert.deepEqual(shorthand.participants.map((p) => [p.name, p.role ?? '', p.side]), [
        ['Raj Mehta', 'IT mgr', 'buyer'], ['Carla Nunes', 'plant scheduler', 'buyer'], ['me', '', 'seller'], ['Ben', 'AE', 'seller'],
      ]);
    });

    it('who does a step is no attendee: "Nous : envoyer…" under next steps, "w/ Raj + his team, Tue 14th" in a step', () => {
      const note = meeting([
        '# RDV Orbis', '', 'Présents : Paul Petit (acheteur), moi', '', '## Prochaines étapes', '',
        '- Nous : envoyer une propale chiffrée d’ici le 26 janvier.', '- Paul : nous envoyer la liste des sites avant le 2 février.',
      ].join('\n'));
      assert.deepEqual(note.stakeholders.map((p) => p.name), ['Paul Petit', 'moi']);
      assert.equal(note.nextSteps.length, 2);
      const english = meeting('call w/ Raj Mehta (IT mgr), me\n\nf/u:\n- Ben -> full demo w/ Raj + his two sysadmins, Tue 14th 2pm\n- Raj -> send us the API docs before Tue');
      assert.deepEqual(english.stakeholders.map((p) => p.name), ['Raj Mehta', 'me']);
      assert.equal(english.nextSteps.length, 2, 'the steps under "f/u:"');
    });

    it('two who decide together, a decision said in a bracket, a budget still "à valider", a day that is no person', () => {
      const joint = meeting('# CR\n\nBonjour Madame Garnier,\n\nMerci pour jeudi. La décision sera prise par vous-même et M. Aubert, directeur financier.');
      assert.deepEqual(joint.stakeholders.filter((p) => p.decider).map((p) => p.name), ['Madame Garnier', 'M. Aubert']);
      const bracket = meeting('Meeting notes - Halvorsen Marine\n\nAttendees: Erik Halvorsen (CEO, final say on this), Mette Lund (CFO). Us: Jake (SE), me.');
      assert.deepEqual(bracket.participants.map((p) => [p.name, p.role ?? '', p.side, p.decider ?? '']), [
        ['Erik Halvorsen', 'CEO', 'buyer', true], ['Mette Lund', 'CFO', 'buyer', false], ['Jake', 'SE', 'seller', ''], ['me', '', 'seller', ''],
      ]);
      const pending = meeting('Call avec Ophélie Marchand (Head of Marketing), mardi\n\nBudget : 40-50 k€ pour l’année, « à valider ». Propale mi-mai.');
      assert.equal(whoDecides(pending).known, false, 'a title does not say who approves a budget still to be approved');
      const dated = meeting('Call w/ Derek Olsen, Head of Ops @ Brightwater (Tue). Derek signs.\n\nf/u: call Derek early Sept.');
      assert.deepEqual(dated.stakeholders.map((p) => p.name), ['Derek Olsen']);
      assert.equal(dated.nextSteps[0].purpose, undefined, '"early" is part of the time');
    });

    it('a company\'s roster beside the seller\'s, "côté <société> :", and a remark after the brackets', () => {
      const crm = meeting('# Opportunity review\n\n**Meeting**\n- Caldera: Denise Wu (COO — economic buyer, approved the capex), Kim Sato (procurement)\n- Us: Tom Reyes, Alicia Brandt (solutions)');
      assert.deepEqual(crm.participants.map((p) => [p.name, p.role ?? '', p.side]), [
        ['Tom Reyes', '', 'seller'], ['Alicia Brandt', 'solutions', 'seller'], ['Denise Wu', 'COO', 'buyer'], ['Kim Sato', 'procurement', 'buyer'],
      ]);
      assert.equal(whoDecides(crm).decider?.name, 'Denise Wu');
      const french = meeting([
        '# Premier RDV – Logisteo', '', 'Présents : côté Logisteo : Kevin Marchal (chargé d’études). Côté nous : moi (Inès, SDR), Paul (AE) en appui 10 min.', '',
        'Les investissements logiciels passent par le directeur des opérations, M. Fabre, pas encore rencontré.',
      ].join('\n'));
      assert.deepEqual(french.participants.map((p) => [p.name, p.side]), [['Kevin Marchal', 'buyer'], ['moi', 'seller'], ['Paul', 'seller']]);
      assert.equal(whoDecides(french).decider?.name, 'M. Fabre');
      assert.equal(named(french, 'M. Fabre').role, 'directeur des opérations');
    });

    it('a tender\'s weighting is no forecast; "m\'a dit de le rappeler dans 3 mois" is a time and nothing else', () => {
      const tender = analyze('---\ntype: meeting\n---\n# Supplier day – County of Ashford\n\nFrom the county: Gareth Lewis (procurement officer)\nUs: Claire Dunn (bid manager)\n\n- Weighting: 60% quality, 40% price.\n\n## Next steps\n- Claire submits our questions through the portal by 1 July.\n');
      assert.ok(!tender.findings.some((f) => f.rule === 'forecast-without-decider'), tender.findings.map((f) => f.rule).join());
      const callback = meeting('RDV Boulangeries Pailhès\n\nvu M. Pailhès (gérant, c’est lui qui décide)\n\nsuite : m’a dit de le rappeler dans 3 mois. noté rappel 11/06');
      assert.equal(callback.nextSteps.length, 1);
      assert.equal(callback.nextSteps[0].purpose, undefined);
    });

    it('front matter attendees, and a decider who is not among them', () => {
      const note = meeting('# Ville de Saint-Herblain\n\nGrégory et Sandrine cherchent un outil.', 'attendees: [Grégory Le Bihan, Sandrine Caillaud, moi]\ndecider: Pierre Guérin\n');
      assert.deepEqual(note.participants.map((p) => p.name), ['Grégory Le Bihan', 'Sandrine Caillaud', 'moi']);
      assert.equal(whoDecides(note).decider?.name, 'Pierre Guérin');
      assert.equal(whoDecides(note).met, false);
    });

    it('a stakeholders table read by its columns: Décide ? and Présent', () => {
      const note = meeting([
        '# Achats', '', '## Parties prenantes', '', '| Nom | Fonction | Décide ? | Présent |', '|---|---|---|---|',
        '| Claire Dumont | Acheteuse | Non | Oui |', '| Françoise Aubert | Directrice générale adjointe | Oui | Non |', '| Moi | Commercial | | Oui |',
      ].join('\n'));
      assert.deepEqual([named(note, 'Claire Dumont').decider, named(note, 'Claire Dumont').met], [false, true]);
      assert.deepEqual([named(note, 'Françoise Aubert').decider, named(note, 'Françoise Aubert').met], [true, false]);
      assert.equal(named(note, 'Moi').side, 'seller');
    });
  });
});

describe('commitments', () => {
  it('a next-steps table: action, owner and deadline columns, dates resolved against the note', () => {
    const note = meeting(['# Kickoff', '', '## Next steps', '', '| Action | Owner | Deadline |', '|---|---|---|',
      '| Share the top 50 member questions | Nina | June 5 |', '| Knowledge base migration | | |'].join('\n'));
    const [share, migration] = note.nextSteps;
    assert.deepEqual([share.action, share.ownerName, share.date?.date], ['Share the top 50 member questions', 'Nina', '2026-06-05']);
    assert.deepEqual([migration.ownerName, migration.date], [undefined, undefined]);
  });

  it('arrows and CRM fields, owners from the sentence, "@name" and "— Tom"', () => {
    const note = meeting([
      'Visite – Marco Rossi (owner) + Elena Conti (cellar master)',
      '-> send Marco the brochure by Fri',
      '=> Elena shares the lot list d\'ici le 14 avril',
      'Prochaine action : atelier avec Marco sous huit jours',
      '- relancer le transporteur @Elena',
      '- chiffrer l\'option export — Tom',
    ].join('\n'));
    const steps = note.nextSteps.map((s) => [s.owner, s.ownerName, s.date?.text, s.date?.date]);
    assert.deepEqual(steps.slice(0, 3), [
      ['seller', undefined, 'Fri', '2026-04-10'],
      ['buyer', undefined, '14 avril', '2026-04-14'],
      [undefined, undefined, 'sous huit jours', undefined],
    ]);
    assert.equal(note.nextStepsAt?.start.line, 6, 'the first arrow introduces them');
  });

  it('vague delays chrono-node does not read are kept as written', () => {
    const note = meeting('# RDV\n\nContact : Yannick Lebreton – gérant\n\n## Suite\n\n- Rappeler Yannick après les vacances\n- Point à la rentrée\n- Call back next quarter');
    assert.deepEqual(note.nextSteps.map((s) => s.date?.text), ['apres les', 'la rentree', 'next quarter']);
    assert.deepEqual(note.nextSteps.map((s) => s.purpose), [undefined, undefined, undefined]);
  });

  it('a bare "Next" line introduces the steps, and "off the phone with" says who was met', () => {
    const note = meeting('Just off the phone with Dana Whitfield, the owner. She liked the demo.\n\nNext\n- Dana sends the job list by Friday\n- send her our quote for the two vans');
    assert.deepEqual(note.nextSteps.map((s) => s.owner), ['buyer', 'seller']);
    const dana = named(note, 'Dana Whitfield');
    assert.equal(dana.role, 'owner', 'the full stop ends the sentence, not the title');
    assert.equal(dana.met, true);
    assert.equal(whoDecides(note).decider?.name, 'Dana Whitfield');
  });

  it('a line of tags under the steps is no step', () => {
    const note = meeting('# Lumen – discovery\n\nAttendees: Ana Ruiz (COO), me\n\n## Next steps\n- Ana shares the ticket export by Friday\n\n#discovery #lumen');
    assert.deepEqual(note.nextSteps.map((s) => s.text), ['Ana shares the ticket export by Friday']);
  });

  it('"je vous envoie" in an e-mail recap is aimed at the person it is written to', () => {
    const note = meeting('À : Sophie Carpentier\n\nBonjour Sophie,\n\nComme convenu :\n- je vous envoie notre proposition d\'ici le jeudi 16 avril ;');
    assert.equal(note.nextSteps[0].target?.name, 'Sophie Carpentier');
    assert.equal(note.nextSteps[0].date?.date, '2026-04-16');
  });
});

describe('names and titles read whole', () => {
  it('keeps "O\'Brien" and "O’Neill" whole in the prose, as attendee lists do', () => {
    const note = meeting('Me + Sam (SE) met Kevin O\'Brien (VP Ops) at the Leeds depot.\nDana O’Neill, the CFO, decides in June.\n\nNext steps:\n- Kevin books a call with Dana by 12 April');
    assert.equal(named(note, 'Kevin O\'Brien').role, 'VP Ops');
    assert.equal(named(note, 'Dana O’Neill').role, 'CFO');
    assert.ok(!note.stakeholders.some((p) => p.name === 'Brien' || p.name === 'Neill'), note.stakeholders.map((p) => p.name).join(', '));
  });

  it('reads the title, not the words that introduce it: "Éric Vial (C\'est le DG)"', () => {
    assert.equal(named(meeting('## Participants\n- Éric Vial (C\'est le DG)\n- moi'), 'Éric Vial').role, 'DG');
    assert.equal(named(meeting('Vu Éric Vial (C’est le DG) et Lucie Fabre (DAF) le 4 avril.'), 'Lucie Fabre').role, 'DAF');
    const prose = meeting('Vu Éric Vial (C’est le DG) et Lucie Fabre (DAF) le 4 avril.');
    assert.ok(prose.stakeholders.some((p) => p.role === 'DG'), prose.stakeholders.map((p) => `${p.name} (${p.role})`).join(', '));
  });

  it('reads the company in a title in brackets as no person: "Dana Cho (CFO, Brightline Retail)"', () => {
    const english = meeting('Call w/ Dana Cho (CFO, Brightline Retail) and Raj Patel, 4 Mar.\n\nNext: Raj sends the store data by Friday.');
    assert.equal(named(english, 'Dana Cho').role, 'CFO, Brightline Retail');
    const french = meeting('Déjeuner avec Hélène Marchal (DAF, Groupe Vasseur Distribution) le 4 avril.');
    assert.equal(named(french, 'Hélène Marchal').role, 'DAF, Groupe Vasseur Distribution');
    for (const note of [english, french]) {
      assert.ok(!note.stakeholders.some((p) => /Brightline|Vasseur/.test(p.name)), note.stakeholders.map((p) => p.name).join(', '));
    }
  });

  it('reads no step in "Comme convenu, voici ce que je retiens :", which introduces what follows', () => {
    const note = meeting('Bonjour Mme Roussel,\n\nComme convenu, voici ce que je retiens de notre échange :\n- six agences\n\nJe vous propose une démonstration le 14 avril.');
    assert.deepEqual(note.nextSteps.map((s) => s.text), ['Je vous propose une démonstration le 14 avril.']);
  });
});
