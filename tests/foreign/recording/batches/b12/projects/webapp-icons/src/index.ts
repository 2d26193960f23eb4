import { answerIcon } from "./components/answer-icon";
import { appIcon } from "./components/app-icon";
import { badge } from "./components/badge";

export function header(unread: number): string {
  return [appIcon({ name: "console", emoji: "🛠" }), answerIcon({ name: "bell" }), badge(unread)].join("");
}
