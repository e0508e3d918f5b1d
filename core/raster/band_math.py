"""Band math over band names, parsed safely and evaluated with numpy.

The text is parsed with Python's ``ast`` and every node is checked against a whitelist
(numbers, band names, ``[Bx_By]`` index terms, + - * / ** ^, parentheses and a few
functions); nothing a user types is ever passed to ``eval``. ``^`` means power, as in the
QGIS raster calculator.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..api.bands import ALL_BANDS, index_term
from ..api.errors import InputError
from ..api.i18n import tr
from .catalogue import EXAMPLE

MAX_LENGTH = 1000
MAX_DEPTH = 60

Node = Callable[[Mapping[str, np.ndarray]], Any]


def _nd(a, b):
    return (a - b) / (a + b)


def _fold(function):
    # min/max take any number of arguments, element by element like numpy.minimum/maximum.
    def folded(*args):
        result = args[0]
        for arg in args[1:]:
            result = function(result, arg)
        return result

    return folded


# name -> (numpy function, fewest arguments, most arguments or None for any)
FUNCTIONS: dict[str, tuple[Callable, int, int | None]] = {
    "abs": (np.abs, 1, 1),
    "sqrt": (np.sqrt, 1, 1),
    "log": (np.log, 1, 1),
    "exp": (np.exp, 1, 1),
    "min": (_fold(np.minimum), 2, None),
    "max": (_fold(np.maximum), 2, None),
    "nd": (_nd, 2, 2),
}
_OPERATORS = {
    ast.Add: np.add,
    ast.Sub: np.subtract,
    ast.Mult: np.multiply,
    ast.Div: np.true_divide,
    ast.Pow: np.power,
}
_SIGNS = {ast.USub: np.negative, ast.UAdd: np.positive}
_UNBRACKETED_TERM = re.compile(r"^B\w+_B\w+$", re.IGNORECASE)


def allowed() -> str:
    """What band math may contain, in words."""
    return tr(
        "band names (B2 ... B12, B8A), index terms like [B8_B4], numbers, + - * / ** ^, "
        "parentheses and the functions {functions}"
    ).format(functions=", ".join(FUNCTIONS))


@dataclass(frozen=True)
class Expression:
    """A parsed band-math expression; ``terms`` are the bands it reads, in order of use."""

    text: str
    terms: tuple[str, ...]
    _evaluate: Node = field(repr=False, compare=False)

    @classmethod
    def parse(cls, text: str) -> Expression:
        """Parse and check ``text``; raises InputError naming what is wrong."""
        source = (text or "").strip()
        if not source:
            raise InputError(
                tr("The band math expression is empty: write one such as {example}.").format(
                    example=EXAMPLE
                )
            )
        if len(source) > MAX_LENGTH:
            raise InputError(
                tr("The band math expression is longer than {length} characters.").format(
                    length=MAX_LENGTH
                )
            )
        python = source.replace("^", "**")
        try:
            tree = ast.parse(python, mode="eval")
        except SyntaxError as exc:
            raise InputError(
                tr(
                    "'{text}' is not valid band math ({reason}, column {column}): write it "
                    "like {example}."
                ).format(text=source, reason=exc.msg, column=exc.offset, example=EXAMPLE)
            ) from None
        except (RecursionError, MemoryError, ValueError):
            raise InputError(
                tr("'{text}' is too deeply nested to be band math.").format(text=source)
            ) from None
        terms: list[str] = []
        evaluate = _Compiler(python, terms, caret="**" not in source).compile(tree.body, 0)
        if not terms:
            raise InputError(
                tr("'{text}' uses no band: band math computes from bands, e.g. {example}.").format(
                    text=source, example=EXAMPLE
                )
            )
        return cls(source, tuple(terms), evaluate)

    def evaluate(self, values: Mapping[str, np.ndarray]) -> np.ndarray:
        """The result for arrays of scaled band values keyed by term (float64, may hold inf/nan)."""
        with np.errstate(all="ignore"):
            result = self._evaluate(values)
        return np.asarray(result, dtype=np.float64)


class _Compiler:
    """Turns a checked ``ast`` node into nested closures that compute with numpy."""

    def __init__(self, source: str, terms: list[str], caret: bool) -> None:
        self.source = source
        self.terms = terms
        self.caret = caret  # the user wrote ^ for power: quote it back that way

    def compile(self, node: ast.AST, depth: int) -> Node:
        if depth > MAX_DEPTH:
            raise InputError(tr("The band math expression is nested too deeply."))
        depth += 1
        if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
            operator = _OPERATORS[type(node.op)]
            left, right = self.compile(node.left, depth), self.compile(node.right, depth)
            return lambda v: operator(left(v), right(v))
        if isinstance(node, ast.UnaryOp) and type(node.op) in _SIGNS:
            sign, operand = _SIGNS[type(node.op)], self.compile(node.operand, depth)
            return lambda v: sign(operand(v))
        if isinstance(node, ast.Constant) and _is_number(node.value):
            # numpy scalars: 10 ** 400 becomes inf (then nodata) instead of a Python error.
            number = np.float64(node.value)
            return lambda _v: number
        if isinstance(node, ast.Name):
            return self._term(_band(node.id, self._snippet(node)))
        if (
            isinstance(node, ast.List)
            and len(node.elts) == 1
            and isinstance(node.elts[0], ast.Name)
        ):
            return self._term(_bracketed_term(node.elts[0].id, self._snippet(node)))
        if isinstance(node, ast.Call):
            return self._call(node, depth)
        raise InputError(
            tr("'{text}' is not allowed in band math: use {allowed}.").format(
                text=self._snippet(node), allowed=allowed()
            )
        )

    def _term(self, term: str) -> Node:
        if term not in self.terms:
            self.terms.append(term)
        return lambda v: v[term]

    def _call(self, node: ast.Call, depth: int) -> Node:
        name = node.func.id.lower() if isinstance(node.func, ast.Name) else None
        if name not in FUNCTIONS or node.keywords:
            raise InputError(
                tr("'{text}' is not allowed in band math: the functions are {functions}.").format(
                    text=self._snippet(node), functions=", ".join(FUNCTIONS)
                )
            )
        function, fewest, most = FUNCTIONS[name]
        count = len(node.args)
        if count < fewest or (most is not None and count > most):
            at_least = tr("at least {count}").format(count=fewest)
            wanted = str(fewest) if most == fewest else at_least
            raise InputError(
                tr("{function}() takes {wanted} argument(s), not {count}.").format(
                    function=name, wanted=wanted, count=count
                )
            )
        if any(isinstance(arg, ast.Starred) for arg in node.args):
            raise InputError(
                tr("'{text}' is not allowed in band math.").format(text=self._snippet(node))
            )
        args = [self.compile(arg, depth) for arg in node.args]
        return lambda v: function(*(arg(v) for arg in args))

    def _snippet(self, node: ast.AST) -> str:
        text = ast.get_source_segment(self.source, node) or type(node).__name__
        return text.replace("**", "^") if self.caret else text


def _is_bracketed_name(node: ast.AST) -> bool:
    # [B8_B4] parses as a list holding one name.
    return isinstance(node, ast.List) and len(node.elts) == 1 and isinstance(node.elts[0], ast.Name)


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _band(name: str, snippet: str) -> str:
    upper = name.upper()
    if upper in ALL_BANDS:
        return upper
    if _UNBRACKETED_TERM.match(name):
        raise InputError(
            tr("Write index terms in brackets: [{term}] rather than {text}.").format(
                term=upper, text=snippet
            )
        )
    raise InputError(
        tr("Unknown band '{text}' in band math: use {bands} or index terms like [B8_B4].").format(
            text=snippet, bands=", ".join(ALL_BANDS)
        )
    )


def _bracketed_term(name: str, snippet: str) -> str:
    pair = index_term(f"[{name}]")
    if pair is None:
        raise InputError(
            tr("'{text}' is not an index term: write it like [B8_B4].").format(text=snippet)
        )
    return f"[{pair[0]}_{pair[1]}]"
