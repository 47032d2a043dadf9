// The essay's contents: on wide screens a list in the margin that stays in view and marks the section being
// read; on narrow screens a collapsed list above the essay. Without JavaScript the same holds, less the marking
// (and, in browsers without ::details-content, the margin list starts collapsed).
(() => {
  const nav = document.querySelector('.toc');
  if (!nav) return;
  const details = nav.querySelector('details');
  const wide = window.matchMedia('(min-width: 78rem)');
  const follow = () => { if (wide.matches) details.open = true; };
  follow();
  wide.addEventListener('change', follow);

  const links = [...nav.querySelectorAll('a[href^="#"]')];
  const targets = links.map(a => document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)))).filter(Boolean);
  if (targets.length === 0) return;
  const mark = () => {
    // the current section: the last one whose heading has passed the reading line
    const line = window.innerHeight * 0.3;
    let current = targets[0];
    for (const t of targets) if (t.getBoundingClientRect().top <= line) current = t;
    for (const a of links) {
      const here = a.getAttribute('href') === '#' + current.id;
      a.classList.toggle('toc-current', here);
      if (here) a.setAttribute('aria-current', 'location'); else a.removeAttribute('aria-current');
    }
  };
  let pending = false;
  window.addEventListener('scroll', () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; mark(); });
  }, { passive: true });
  mark();
})();
