// Turn a note title into a URL slug: "Q4 Planning: Draft!" -> "q4-planning-draft"
function slugify(title) {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^-+|-+$/g, '');
}

module.exports = { slugify };
