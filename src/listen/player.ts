import { readableBlocks } from './readableBlocks';
import { localVoiceFor } from './voices';

type PlayerState = 'idle' | 'playing' | 'paused';

/**
 * The listen button (`[data-listen]`, hidden in the HTML): shown only when the device has a voice
 * of its own for the page's language, it reads the page's text block by block with the browser's
 * speech synthesis, marking the block being read; pause, continue and stop. Nothing is loaded.
 */
export function setUpListening(root: Document): void {
  const control = root.querySelector<HTMLElement>('[data-listen]');
  const text = root.querySelector<HTMLElement>('[data-listen-text]');
  if (!control || !text || !('speechSynthesis' in window)) return;
  const synth = window.speechSynthesis;
  const lang = root.documentElement.lang;
  const button = (name: string) => control.querySelector<HTMLButtonElement>(`[data-listen-${name}]`)!;
  const buttons = { start: button('start'), pause: button('pause'), resume: button('resume'), stop: button('stop') };
  let state: PlayerState = 'idle';
  let current: HTMLElement | undefined;

  const show = (next: PlayerState) => {
    const hadFocus = control.contains(root.activeElement);
    state = next;
    buttons.start.hidden = next !== 'idle';
    buttons.pause.hidden = next !== 'playing';
    buttons.resume.hidden = next !== 'paused';
    buttons.stop.hidden = next === 'idle';
    if (hadFocus) ({ idle: buttons.start, playing: buttons.pause, paused: buttons.resume })[next].focus();
  };
  const mark = (block?: HTMLElement) => {
    current?.classList.remove('is-being-read');
    current = block;
    block?.classList.add('is-being-read');
  };
  const stop = () => {
    synth.cancel();
    mark();
    show('idle');
  };
  const readFrom = (blocks: HTMLElement[], index: number, voice: SpeechSynthesisVoice) => {
    const block = blocks[index];
    if (!block || state === 'idle') return stop();
    const utterance = new SpeechSynthesisUtterance(block.innerText.trim());
    utterance.lang = lang;
    utterance.voice = voice;
    utterance.onend = () => {
      if (current === block) readFrom(blocks, index + 1, voice);
    };
    mark(block);
    block.scrollIntoView({ block: 'nearest' });
    synth.speak(utterance);
  };

  const reveal = () => {
    control.hidden = !localVoiceFor(synth.getVoices(), lang);
  };
  reveal();
  synth.addEventListener('voiceschanged', reveal);

  buttons.start.addEventListener('click', () => {
    const voice = localVoiceFor(synth.getVoices(), lang);
    if (!voice) return;
    synth.cancel();
    show('playing');
    readFrom(readableBlocks(text), 0, voice);
  });
  buttons.pause.addEventListener('click', () => {
    synth.pause();
    show('paused');
  });
  buttons.resume.addEventListener('click', () => {
    synth.resume();
    show('playing');
  });
  buttons.stop.addEventListener('click', stop);
  window.addEventListener('pagehide', () => synth.cancel());
}
