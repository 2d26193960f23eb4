export interface IconProps {
  name: string;
  size?: number;
  title?: string;
}

export interface AppIconProps extends IconProps {
  background?: string;
}
