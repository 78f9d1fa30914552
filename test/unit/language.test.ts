import * as assert from 'node:assert/strict';
import { FUNCTION_WORDS, otherLanguageOf } from '../../server/src/engine/vocabulary/language';

const repeat = (sentence: string, times: number) => Array.from({ length: times }, () => sentence).join(' ');

describe('the language a SOW reads as', () => {
  it('English, however technical, is English', () => {
    assert.equal(
      otherLanguageOf(repeat('The provider will patch the servers within 30 days of release and report on it monthly.', 8)),
      undefined,
    );
  });

  it('German, French, Dutch and Spanish bodies are told by their function words', () => {
    const bodies: [string, string][] = [
      ['Der Auftragnehmer ist für die Wartung der Systeme zuständig und wird den Auftraggeber informieren.', 'German'],
      ['Le prestataire est responsable de la maintenance des serveurs et informe le client par courriel.', 'French'],
      ['De leverancier is verantwoordelijk voor het onderhoud van de servers en informeert de klant.', 'Dutch'],
      ['El proveedor es responsable del mantenimiento de los servidores y notifica al cliente por correo.', 'Spanish'],
    ];
    for (const [sentence, language] of bodies) assert.equal(otherLanguageOf(repeat(sentence, 8)), language);
  });

  it('abstains on a short text, and on English with names and terms from another language', () => {
    assert.equal(otherLanguageOf('Der Auftragnehmer ist für die Wartung zuständig.'), undefined);
    const mixed = repeat('The provider runs the Rechenzentrum Nord and the Serverbetrieb for Müller GmbH under this agreement.', 8);
    assert.equal(otherLanguageOf(mixed), undefined);
  });

  it('no function word of another language is an English one', () => {
    const english = new Set(FUNCTION_WORDS.English);
    for (const [language, words] of Object.entries(FUNCTION_WORDS))
      if (language !== 'English')
        assert.deepEqual(
          words.filter((w) => english.has(w)),
          [],
          language,
        );
  });
});
