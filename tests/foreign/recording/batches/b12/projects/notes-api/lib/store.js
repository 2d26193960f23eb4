'use strict';
const { slugify } = require('./slug');

class NoteStore {
  constructor() {
    this.notes = [];
    this.nextId = 1;
  }

  add(title, body = '') {
    const note = { id: this.nextId++, title, slug: slugify(title), body };
    this.notes.push(note);
    return note;
  }

  get(id) {
    return this.notes.find((n) => n.id === id);
  }

  list() {
    return this.notes.map(({ id, title, slug }) => ({ id, title, slug }));
  }
}

module.exports = { NoteStore };
