export const typeDefs = `
type Book { title: String, author: String }
type Query { books: [Book] }
`;
export const resolvers = { Query: { books: () => [{ title: 'Kindred', author: 'Octavia E. Butler' }] } };
