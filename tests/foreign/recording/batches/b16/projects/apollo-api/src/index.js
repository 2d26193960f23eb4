import { typeDefs, resolvers } from './schema.js';

const names = Object.keys(resolvers.Query);
console.log(`schema ok: ${typeDefs.trim().split('\n').length} lines, queries: ${names.join(', ')}`);
