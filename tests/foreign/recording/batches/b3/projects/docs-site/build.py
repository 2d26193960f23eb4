"""Turn content/*.md into public/*.html (headings, paragraphs and links only)."""
import html
import pathlib
import re

TEMPLATE = "<!doctype html>\n<title>{title}</title>\n<nav>{nav}</nav>\n<main>\n{body}\n</main>\n"


def render(markdown):
    out = []
    for block in markdown.strip().split("\n\n"):
        text = html.escape(block.strip())
        text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', text)
        if text.startswith("# "):
            out.append(f"<h1>{text[2:]}</h1>")
        else:
            out.append(f"<p>{text}</p>")
    return "\n".join(out)


def main():
    pages = sorted(pathlib.Path("content").glob("*.md"))
    nav = " | ".join(f'<a href="{p.stem}.html">{p.stem}</a>' for p in pages)
    public = pathlib.Path("public")
    public.mkdir(exist_ok=True)
    for page in pages:
        markdown = page.read_text()
        title = markdown.splitlines()[0].lstrip("# ")
        (public / f"{page.stem}.html").write_text(TEMPLATE.format(title=title, nav=nav, body=render(markdown)))
        print(f"built public/{page.stem}.html")


if __name__ == "__main__":
    main()
