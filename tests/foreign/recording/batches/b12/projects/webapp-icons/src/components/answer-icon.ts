import type { IconProps } from "./types";

export function answerIcon(props: IconProps): string {
  const size = props.size ?? 24;
  if (props.emoji) {
    return `<span class="icon" style="font-size:${size}px">${props.emoji}</span>`;
  }
  return `<svg class="icon" width="${size}" height="${size}"><use href="#${props.name}"/></svg>`;
}
