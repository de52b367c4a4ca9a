import { describe, whoDecides } from '../core/meeting/decider';
import { forecasts } from '../core/meeting/meeting';
import { type Rule, quote, say } from './rule';

export const forecastWithoutDecider: Rule = {
  id: 'forecast-without-decider',
  defaultSeverity: 'warning',
  kinds: ['meeting'],
  summary: {
    fr: 'Un pronostic ou une probabilité de gain est noté alors que le décideur n’a pas été rencontré.',
    en: 'A win probability or forecast is recorded while the decider has not been met.',
  },
  check(note) {
    const answer = whoDecides(note);
    if (answer.met) return [];
    const absent = answer.decider ? describe(answer.decider, note.language)
      : answer.superiorOf ? say(note.language, { fr: `le N+1 ou N+2 de ${answer.superiorOf}`, en: `${answer.superiorOf}'s manager` })
        : undefined;
    return forecasts(note).map((forecast) => ({
      range: forecast.range,
      message: say(note.language, absent
        ? {
          fr: `Pronostic noté (« ${quote(forecast.text, 50)} ») sans avoir rencontré le décideur, ${absent} : c’est un pipeline dopé aux hormones. Obtenez d’abord un rendez-vous avec lui, puis chiffrez la probabilité.`,
          en: `A forecast is recorded ("${quote(forecast.text, 50)}") though the decider, ${absent}, was not met: a pipeline on steroids. First get a meeting with them, then put a probability on the deal.`,
        }
        : {
          fr: `Pronostic noté (« ${quote(forecast.text, 50)} ») alors que la note ne dit pas qui décide, ni qu’il a été rencontré. Sur quoi repose ce chiffre ? Identifiez et rencontrez le décideur avant de pronostiquer.`,
          en: `A forecast is recorded ("${quote(forecast.text, 50)}") though the note does not say who decides, nor that they were met. What is this figure based on? Identify and meet the decider before forecasting.`,
        }),
      data: { absentDecider: answer.decider?.name },
    }));
  },
};
