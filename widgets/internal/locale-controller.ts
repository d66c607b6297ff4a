import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadMessages, messagesFor } from './messages.js';

/**
 * Keeps a widget's catalogue in step with its `lang`: when the language's catalogue is not
 * loaded yet, loads it and renders again. `ready` resolves once the current language shows.
 */
export class LocaleController implements ReactiveController {
  ready: Promise<unknown> = Promise.resolve();

  constructor(private readonly host: ReactiveControllerHost & { lang: string }) {
    host.addController(this);
  }

  hostUpdate(): void {
    const lang = this.host.lang;
    if (messagesFor(lang) === messagesFor('id') && lang === 'en') {
      this.ready = loadMessages(lang).then(() => this.host.requestUpdate());
    }
  }
}
