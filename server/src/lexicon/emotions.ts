// Feelings a client may name in the exposé, grouped by family so that a question using any word of
// the family ("Tu te sens confus ?" after "C'est la confusion") counts as coming back to it.

export interface EmotionFamily {
  /** The family's name in messages. */
  name: { fr: string; en: string };
  /** Normalised words and phrases, French and English. */
  words: string[];
}

export const EMOTION_FAMILIES: EmotionFamily[] = [
  {
    name: { fr: 'confusion', en: 'confusion' },
    words: ['confusion', 'confus', 'confuse', 'embrouille', 'embrouillee', 'je suis perdu', 'je suis perdue', 'je me sens perdu',
      'je me sens perdue', 'confused', 'confusing', 'i feel lost', 'i m lost', 'i am lost', 'muddled'],
  },
  {
    name: { fr: 'peur', en: 'fear' },
    words: ['peur', 'peurs', 'crainte', 'craintes', 'je crains', 'apprehension', 'j apprehende', 'angoisse', 'angoisses',
      'angoissant', 'angoissee', 'anxieux', 'anxieuse', 'anxiete', 'panique', 'inquiet', 'inquiete', 'inquietude',
      'inquietudes', 'boule au ventre', 'fear', 'fears', 'afraid', 'scared', 'frightened', 'anxious', 'anxiety',
      'worried', 'worry', 'worries', 'panic', 'dread', 'nervous'],
  },
  {
    name: { fr: 'stress', en: 'stress' },
    // "Tendu" alone also says a budget or a market is tight ("trésorerie tendue"): only said of a person.
    words: ['stress', 'stresse', 'stressee', 'stressant', 'stressante', 'sous pression', 'je suis tendu', 'je suis tendue',
      'il est tendu', 'elle est tendue', 'je me sens tendu', 'je me sens tendue', 'se sent tendu', 'se sent tendue',
      'stressed', 'stressful', 'under pressure', 'i feel tense', 'i m tense', 'i am tense', 'feels tense'],
  },
  {
    name: { fr: 'épuisement', en: 'exhaustion' },
    words: ['epuisement', 'epuise', 'epuisee', 'fatigue', 'fatiguee', 'a bout', 'burn out', 'burnout', 'deborde',
      'debordee', 'submerge', 'submergee', 'exhausted', 'exhaustion', 'tired', 'worn out', 'burnt out',
      'burned out', 'overwhelmed', 'drained', 'swamped', 'wears me out', 'wears you out', 'wear you out', 'tires you',
      'tires me', 'epuise t', 'fatigue t'],
  },
  {
    name: { fr: 'colère', en: 'anger' },
    words: ['colere', 'en colere', 'enerve', 'enervee', 'agace', 'agacee', 'furieux', 'furieuse', 'exaspere', 'exasperee',
      'frustre', 'frustree', 'frustration', 'frustrant', 'ras le bol', 'marre', 'angry', 'anger', 'annoyed', 'irritated',
      'furious', 'frustrated', 'frustrating', 'fed up'],
  },
  {
    name: { fr: 'découragement', en: 'discouragement' },
    words: ['decourage', 'decouragee', 'decouragement', 'demotive', 'demotivee', 'decu', 'decue', 'deception', 'triste',
      'tristesse', 'impuissant', 'impuissante', 'impuissance', 'desarroi', 'discouraged', 'disheartened', 'demotivated',
      'disappointed', 'sad', 'helpless', 'powerless', 'hopeless'],
  },
  {
    name: { fr: 'malaise', en: 'unease' },
    words: ['mal a l aise', 'malaise', 'inconfortable', 'gene', 'genee', 'honte', 'culpabilite', 'coupable', 'isole',
      'isolee', 'solitude', 'uncomfortable', 'uneasy', 'awkward', 'embarrassed', 'ashamed', 'shame', 'guilty', 'guilt',
      'lonely', 'isolated'],
  },
];

/** Words that show a question explores how the client lives the situation, whatever the feeling. */
export const FEELING_PROBES = [
  'ressens', 'ressentez', 'ressenti', 'ressentis', 'te sens', 'vous sentez', 'sens tu', 'sentez vous', 'emotion',
  'emotions', 'le vis tu', 'vis tu', 'tu vis', 'tu le vis', 'vous le vivez', 'vivez vous', 'ca te fait', 'cela te fait',
  'ca vous fait', 'te fait quoi', 'feel', 'feels', 'feeling', 'feelings', 'emotion', 'emotions', 'how do you live',
  'what does it do to you', 'how does it affect you', 'how are you coping', 'se passe t il pour toi',
  'se passe t il pour vous', 'what happens for you', 'what is it like for you',
];
