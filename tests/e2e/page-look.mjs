// What markup that tries to dress up the page (tests/e2e/fixtures/dress-up-lesson.md) managed to
// do to it. Runs in the page (page.evaluate), on the notebook page or on a host page embedding it.
/**
 * Whether the page is shown, what is on top where the toolbar and the lesson's title are (and,
 * on a host page, the host's own <h1>), and whether every payload stayed inside its block.
 * `host`: the element whose shadow root holds the notebook, on a host page.
 */
export function lookOfThePage({ host, toolbarButton, title }) {
  const root = host ? document.querySelector(host).shadowRoot : document;
  const topmost = (element, from = root) => {
    const box = element.getBoundingClientRect();
    return from.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
  };
  const hostTitle = document.querySelector('h1');
  const inside = (inner, outer) => inner.left >= outer.left && inner.top >= outer.top && inner.right <= outer.right && inner.bottom <= outer.bottom;
  const button = root.querySelector(toolbarButton);
  const heading = root.querySelector(title);
  const payloads = [...root.querySelectorAll('.payload')];
  return {
    bodyShown: getComputedStyle(document.body).display !== 'none',
    toolbarOnTop: topmost(button) === button,
    titleOnTop: topmost(heading) === heading,
    styleSheets: root.querySelectorAll('.notebook style').length,
    hostTitleOnTop: !host || topmost(hostTitle, document) === hostTitle,
    payloads: payloads.length,
    positioned: payloads.filter((payload) => getComputedStyle(payload).position !== 'static').length,
    escaped: payloads.filter((payload) => {
      const block = payload.closest('.markdown-body, .output-html');
      return !inside(payload.getBoundingClientRect(), block.getBoundingClientRect());
    }).length,
  };
}

