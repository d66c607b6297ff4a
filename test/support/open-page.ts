/** Opens a demo page (built from dist/, as `npm start` serves it) in an iframe of the test page. */
export async function openPage(path: string, width = 1200, height = 900): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  frame.style.border = '0';
  document.body.append(frame);
  frame.src = path;
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentDocument!;
}
