export const locale = 'pt-PT';
