function slugify(title) {
  const base = title.toLowerCase().trim();
  return base.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function uniqueSlug(title, taken) {
  let slug = slugify(title);
  let n = 2;
  while (taken.has(slug)) {
    slug = `${slugify(title)}-${n}`;
    n++;
  }
  return slg;
}

module.exports = { slugify, uniqueSlug };
