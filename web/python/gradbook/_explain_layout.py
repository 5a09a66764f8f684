"""How gradbook.explain's parts are laid out: the Explanation a cell shows (Markdown with
KaTeX on the page, plain text elsewhere), long lists folded into sections that open in the page,
and formulas that wrap instead of running past the page's edge."""

# A list longer than this shows its first and last few items; the rest open in the page.
FOLD_OVER = 8
KEEP = 3
# How wide (in characters, a fraction counting as its wider line) a formula may be to be set
# as display math, which cannot wrap, and still fit a phone; a wider one is inline math, which
# KaTeX breaks after its operators. Numbers longer than SHORT_NUMBERS are code, after the math:
# code wraps at its spaces, KaTeX's \texttt does not.
PHONE_WIDTH = 30
SHORT_NUMBERS = 16

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


def math_line(latex, plain, numbers=None):
    """A formula a = b = c, then its ``numbers`` if given: display math on one line if it is
    narrow, one part to a line aligned at = if each part is; else inline math that wraps."""
    if numbers is not None and len(numbers) <= SHORT_NUMBERS:
        latex, plain, numbers = f"{latex} = {latex_numbers(numbers)}", f"{plain} = {numbers}", None
    parts, plain_parts = latex.split(" = "), plain.split(" = ")
    widest = max((_width(part) for part in plain_parts[1:]), default=0)
    if numbers is not None or _width(plain_parts[0]) + widest > PHONE_WIDTH:
        return f"${latex}$" + (f" = `{numbers}`" if numbers is not None else "")
    if _width(plain) <= PHONE_WIDTH or len(parts) < 3:
        return f"$$\n{latex}\n$$"
    rows = [f"{parts[0]} &= {parts[1]}"] + [f"&= {part}" for part in parts[2:]]
    return "$$\n\\begin{aligned}\n" + " \\\\\n".join(rows) + "\n\\end{aligned}\n$$"


def latex_numbers(text):
    return r"\texttt{" + text.replace(" ", r"\ ") + "}"


def _width(plain):
    """About how many characters wide a formula's plain form is set: ∂a/∂b as a fraction."""
    total = 0
    for factor in plain.split(" · "):
        top, fraction, bottom = factor.partition("/∂")
        total += (max(len(top), len(bottom)) if fraction and top.startswith("∂") else len(factor)) + 1
    return total
