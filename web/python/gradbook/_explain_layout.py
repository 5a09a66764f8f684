"""How gradbook.explain's parts are laid out: the Explanation a cell shows (Markdown with
KaTeX on the page, plain text elsewhere), long lists folded into sections that open in the page,
and formulas that wrap instead of running past the page's edge."""

# A list longer than this shows its first and last few items; the rest open in the page.
FOLD_OVER = 8
KEEP = 3
# A formula whose parts (between its = signs) are longer than this, in characters of its plain
# form, is set inline, where KaTeX may break it after any operator; a shorter one is display
# math, on one line or, past DISPLAY_LINE, with one part to a line under each other.
DISPLAY_PART = 60
DISPLAY_LINE = 70

class Explanation:
    def __init__(self, markdown, text):
        self.markdown = markdown
        self.text = text

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"text/markdown": self.markdown, "text/plain": self.text}

    def __repr__(self):
        return self.text


def folded_list(items, noun):
    """A Markdown list of (markdown, kind) items; past FOLD_OVER items, the middle ones are in
    a section that says how many there are and of which kinds, and opens on a click."""
    lines = [f"- {markdown}" for markdown, _ in items]
    if len(items) <= FOLD_OVER:
        return "\n".join(lines)
    middle = items[KEEP:-KEEP]
    counts = {}
    for _, kind in middle:
        counts[kind] = counts.get(kind, 0) + 1
    kinds = ", ".join(f"{kind} ×{count}" if count > 1 else kind for kind, count in counts.items())
    summary = f"{len(middle)} more {noun} ({kinds})"
    return "\n\n".join([
        "\n".join(lines[:KEEP]),
        f"<details><summary>{summary}</summary>",
        "\n".join(lines[KEEP:-KEEP]),
        "</details>",
        "\n".join(lines[-KEEP:]),
    ])


def math_line(latex, plain, inline=False):
    """A formula a = b = c on a line of its own: display math when its parts are short (one
    line, or one part to a line, aligned at =), else inline math that wraps."""
    parts = latex.split(" = ")
    if inline or max(len(part) for part in plain.split(" = ")) > DISPLAY_PART:
        return f"${latex}$"
    if len(plain) <= DISPLAY_LINE or len(parts) < 3:
        return f"$$\n{latex}\n$$"
    rows = [f"{parts[0]} &= {parts[1]}"] + [f"&= {part}" for part in parts[2:]]
    return "$$\n\\begin{aligned}\n" + " \\\\\n".join(rows) + "\n\\end{aligned}\n$$"
