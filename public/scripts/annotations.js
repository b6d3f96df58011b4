// Progressive enhancement for annotated pages. Everything works without it: the permalinks are plain
// links, the cards open declaratively (popovertarget) and :target highlights a statement's first piece.
// This module adds a "Copy link" button where the clipboard API exists, and highlights every piece of a
// statement that the copy's markup had to split in several.

for (const button of document.querySelectorAll('button.copy-link[data-copy]')) {
  if (!navigator.clipboard) break;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const status = button.nextElementSibling;
    try {
      await navigator.clipboard.writeText(button.dataset.copy);
      if (status) status.textContent = 'Link copied.';
      button.textContent = 'Copied';
    } catch {
      if (status) status.textContent = 'Could not copy: select the link and copy it instead.';
    }
  });
}

function highlightTarget() {
  for (const piece of document.querySelectorAll('.is-target')) piece.classList.remove('is-target');
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return;
  for (const piece of document.querySelectorAll('[data-statement]')) {
    if (piece.dataset.statement === id) piece.classList.add('is-target');
  }
}
highlightTarget();
addEventListener('hashchange', highlightTarget);
