// Shared by the benchmark pages: the same clock and the same end points for every contender.
// A page hands `drive()` an adapter (where its questions, choices and "next" button are, and how many questions its current page has);
// everything timed is timed here, the same way for each library.

/** Milliseconds from navigation start until `find()` returns a laid-out element, checked every frame. */
export function firstVisible(find) {
  return new Promise((resolve) => {
    const check = () => {
      const el = find();
      if (el && el.getBoundingClientRect().height > 0) resolve(performance.now());
      else requestAnimationFrame(check);
    };
    check();
  });
}

const channel = new MessageChannel();
const queued = [];
channel.port1.onmessage = () => queued.shift()?.();
/** The next task: every microtask (Lit's update, Preact's re-render) has run by then. */
const nextTask = () => new Promise((resolve) => {
  queued.push(resolve);
  channel.port2.postMessage(0);
});

/**
 * Waits until `done()` holds, then forces style and layout of `layoutOf()`: the change is
 * rendered and laid out. Tasks only, no frame wait, so idle time until the next vsync is not
 * counted for either library (the paint that follows costs both about the same).
 */
async function settled(done, layoutOf) {
  for (let n = 0; n < 1000 && !done(); n++) await nextTask();
  if (!done()) throw new Error('the page did not settle');
  layoutOf()?.getBoundingClientRect();
}

/** The number of questions of a framework's element: a page's size for the pages that show one element a page. */
export const questionsOf = (element) => element.subElements.reduce((n, s) => n + s.indicators.length, 0);

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits, frame by frame, until the page shows every question it has (`ui.pageSize()`), then
 * lets it settle: a library that renders a long page in parts (ours: a screenful, then idle
 * batches) is answered on the whole page, however slow the machine, never on its first part.
 */
async function wholePage(ui) {
  const deadline = performance.now() + 60_000;
  while (ui.questions().length < ui.pageSize()) {
    if (performance.now() > deadline) throw new Error(`the page showed ${ui.questions().length} of its ${ui.pageSize()} questions`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  await pause(300); // both settle (idle work, fonts) before anyone clicks
}

/**
 * The timed session on one fresh page load:
 * - firstQuestion: navigation start → the first question laid out;
 * - firstEvent: the first click on a level → the library's change event (one-time costs included);
 * - firstAnswer: that click → re-rendered and laid out;
 * - perAnswer: answering every question of the first page, one click after another, each
 *   until re-rendered and laid out, divided by the number of questions;
 * - switchStep: then "next" → the next page's first question in the DOM and laid out.
 * It leaves `window.benchAtUserPace()` for the harness to call under a trace (see answerAtUserPace).
 */
export async function drive(ui) {
  const firstQuestion = await firstVisible(() => ui.questions()[0]);
  await wholePage(ui);
  const questions = ui.questions();
  const answered = [];
  let firstEvent = NaN;
  for (const [n, question] of questions.entries()) {
    const input = ui.choice(question);
    const event = n === 0 ? ui.changeEvent() : undefined;
    const start = performance.now();
    input.click();
    if (event) firstEvent = (await event) - start;
    // The question as it is now: searched for again only if the library replaced its element, so
    // the harness's own search of a large page is not counted as the library's time.
    const current = () => (question.isConnected ? question : ui.questions()[n]);
    await settled(() => ui.isChosen(current()), current);
    answered.push(performance.now() - start);
  }
  await pause(300);
  const page = ui.page();
  const start = performance.now();
  ui.next();
  await settled(() => ui.page() !== page && ui.questions().length > 0, () => ui.questions()[0]);
  const switchStep = performance.now() - start;
  window.benchAtUserPace = () => answerAtUserPace(ui);
  return {
    firstQuestion,
    firstEvent,
    firstAnswer: answered[0] ?? NaN,
    perAnswer: answered.reduce((a, b) => a + b, 0) / answered.length,
    answers: answered.length,
    switchStep,
  };
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * The second page answered at a user's pace: a click, then two frames, each question in turn,
 * and a second at the end for what waits for idle time. Between the marks `at-user-pace-start`
 * and `-end` bench/browser.ts sums the main thread's tasks from a trace: all the work an
 * answer causes, what a library defers past the paint (our counts, the saved draft) included,
 * with style, layout and paint. Returns the number of answers.
 */
async function answerAtUserPace(ui) {
  await wholePage(ui);
  const questions = ui.questions();
  performance.mark('at-user-pace-start');
  for (const [n, question] of questions.entries()) {
    ui.choice(question.isConnected ? question : ui.questions()[n]).click();
    await nextFrame();
    await nextFrame();
  }
  await pause(1000);
  performance.mark('at-user-pace-end');
  if (!questions.every((q, n) => ui.isChosen(q.isConnected ? q : ui.questions()[n]))) throw new Error('an answer at a user\'s pace did not take');
  return questions.length;
}
