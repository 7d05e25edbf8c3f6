"""Arabic text for matching: normalisation on a shadow string, tokens, proclitics.

Everything in khabar that compares words goes through this package, so the rest of the code
never cares how a word is normalised. Offsets are always code points into the raw text.
"""

from khabar.text.clitics import Stem, stems
from khabar.text.normalize import QUOTE, Shadow, match_key, normalize
from khabar.text.tokens import Token, tokenize

__all__ = ["QUOTE", "Shadow", "Stem", "Token", "match_key", "normalize", "stems", "tokenize"]
