export const features = [
  { title: 'Offline first', text: 'notes sync when you are back online' },
  { title: 'Markdown', text: 'write the way you already do' },
  { title: 'Small', text: 'one binary, one database file' },
]
