import type { AppIconProps } from "./types";

export function appIcon(props: AppIconProps): string {
  const bg = props.background ?? "#eef";
  const inner = props.emoji ?? props.name.slice(0, 1).toUpperCase();
  return `<div class="app-icon" style="background:${bg}" title="${props.title ?? props.name}">${inner}</div>`;
}
