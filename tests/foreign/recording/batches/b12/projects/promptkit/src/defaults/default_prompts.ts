export interface PromptTemplate {
  name: string;
  text: string;
}

export const defaultPrompts: PromptTemplate[] = [
  { name: "summarize", text: "Summarize the following text in {{n}} bullet points:\n{{input}}" },
  { name: "commit-msg", text: "Write a one-line commit message for this diff:\n{{input}}" },
  { name: "explain-error", text: "Explain this error and suggest a fix:\n{{input}}" },
];
