/** @type {import('tailwindcss').Config} */
export default {
  content: ['./src/**/*.{astro,ts,tsx,mdx,md,js}'],
  theme: {
    extend: {
      colors: {
        // Party red that keeps 4.5:1 contrast with white text and on white backgrounds.
        party: { DEFAULT: '#b4161b', dark: '#8c1015', light: '#fdf2f2' },
        ink: { DEFAULT: '#1a1a1a', muted: '#4a4a4a' },
      },
      fontFamily: {
        sans: ['system-ui', '-apple-system', '"PingFang SC"', '"Hiragino Sans GB"', '"Microsoft YaHei"', '"Noto Sans CJK SC"', '"Source Han Sans SC"', '"WenQuanYi Micro Hei"', 'sans-serif'],
      },
      maxWidth: { prose: '42rem' },
    },
  },
  plugins: [],
};
