// Shared by the benchmark pages: when did something first show on screen?

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
