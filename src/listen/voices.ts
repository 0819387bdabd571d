/**
 * The voice to read a page in `lang` with: one that runs on the device itself (a voice that
 * sends the text to a server, like Chrome's online voices, would leak what she reads), matching
 * the language exactly or by its primary subtag (`ar` matches `ar-SA`).
 */
export function localVoiceFor(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | undefined {
  const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  const local = voices.filter((voice) => voice.localService);
  return (
    local.find((voice) => voice.lang.toLowerCase().replace('_', '-') === lang.toLowerCase()) ??
    local.find((voice) => primary(voice.lang) === primary(lang))
  );
}
