#!/usr/bin/env python3
"""Writes evasion.jsonl: every base message with one word (or phrase) disguised by one spelling trick.

Each line: {"id", "trick", "kind", "plain", "variant", "at", "length", "disguisedLength"}: the disguise replaces
plain[at:at+length] by variant[at:at+disguisedLength]; everything before and after is identical. The test
(tests/CreepLint.Tests/Robustness/EvasionCorpusTests.cs) checks that each variant gets the plain text's verdict and
rule ids, with every finding's position mapped onto the variant. Run: python3 samples/evasion/generate.py
"""
import json
import pathlib

BASES = [
    # (id, text, disguised word or phrase); creepy first, then hard negatives that must stay clean when disguised.
    ("pregnancy", "Congratulations, you're pregnant! Here's 20% off maternity wear.", "pregnant"),
    ("observer", "We noticed you like rakes, so here's a sale on brooms.", "noticed"),
    ("health", "Managing your diabetes just got easier with our new meal plans.", "diabetes"),
    ("diagnosis", "Since your diagnosis, we've picked products just for you.", "diagnosis"),
    ("anxiety", "Still struggling with your anxiety? Try our calm app free.", "anxiety"),
    ("social", "Based on your Facebook likes, we picked these trainers for you.", "Facebook"),
    ("credit", "Your credit report suggests you'd qualify for our card.", "report"),
    ("watching", "We've been watching what you browse and picked these for you.", "watching"),
    ("flagged", "You've been flagged as likely to churn, so here's 30% off.", "flagged"),
    ("grief", "Grieving your loss? Hurry, memorial packages end tonight.", "Grieving"),
    ("clean-maternity", "Our maternity range is 20% off this week.", "maternity"),
    ("clean-expecting", "Popular with expecting parents: the travel cot.", "expecting"),
    ("clean-order", "Your order has shipped and will arrive on Friday.", "shipped"),
]

CYRILLIC = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "y": "\u0443", "i": "\u0456", "s": "\u0455"}
GREEK = {"o": "\u03bf", "i": "\u03b9", "a": "\u03b1", "k": "\u03ba", "n": "\u03b7", "t": "\u03c4"}
SMALL_CAPS = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡxʏᴢ"))
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def inside(word, mark):
    """Puts mark between every pair of letters (never before the first or after the last: positions stay on letters)."""
    return mark.join(word)


def middle(word, mark):
    k = len(word) // 2
    return word[:k] + mark + word[k:]


def each(word, table):
    return "".join(table.get(c, table.get(c.lower(), c)) for c in word)


def offset_letters(word, first_lower, first_upper=None):
    out = []
    for c in word:
        if c.isascii() and c.isalpha():
            base = first_upper if (c.isupper() and first_upper) else first_lower
            out.append(chr(base + ord(c.lower()) - ord("a")))
        else:
            out.append(c)
    return "".join(out)


TRICKS = {
    "zero-width-space": lambda w: middle(w, "\u200b"),
    "zero-width-joiner-everywhere": lambda w: inside(w, "\u200d"),
    "zero-width-non-joiner": lambda w: middle(w, "\u200c"),
    "word-joiner": lambda w: middle(w, "\u2060"),
    "soft-hyphen": lambda w: middle(w, "\u00ad"),
    "byte-order-mark": lambda w: middle(w, "\ufeff"),
    "hangul-filler": lambda w: middle(w, "\u3164"),
    "braille-blank": lambda w: middle(w, "\u2800"),
    "tag-character": lambda w: middle(w, "\U000e0041"),
    "variation-selector": lambda w: middle(w, "\ufe0f"),
    "cyrillic-homoglyphs": lambda w: each(w, CYRILLIC),
    "greek-homoglyphs": lambda w: each(w, GREEK),
    "full-width": lambda w: "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalpha() else c for c in w),
    "math-bold": lambda w: offset_letters(w, 0x1D41A, 0x1D400),
    "math-sans-italic": lambda w: offset_letters(w, 0x1D622, 0x1D608),
    "circled": lambda w: offset_letters(w, 0x24D0, 0x24B6),
    "negative-squared": lambda w: offset_letters(w.upper(), 0x1F170),
    "regional-indicators": lambda w: offset_letters(w.upper(), 0x1F1E6),
    "small-capitals": lambda w: each(w, SMALL_CAPS),
    "upper-case": lambda w: w.upper(),
    "combining-marks": lambda w: "".join(c + ("\u0301\u0308" if i < len(w) - 1 else "") for i, c in enumerate(w)),
    "spaced": lambda w: inside(w, " "),
    "double-spaced": lambda w: inside(w, "  "),
    "dotted": lambda w: inside(w, "."),
    "dot-spaced": lambda w: inside(w, ". "),
    "hyphenated": lambda w: inside(w, "-"),
    "underscored": lambda w: inside(w, "_"),
    "html-empty-tag": lambda w: middle(w, "<b></b>"),
    "html-inline-tags": lambda w: w[:2] + "<i>" + w[2:-2] + "</i>" + w[-2:],
    "html-comment": lambda w: middle(w, "<!-- x -->"),
    "entity-decimal-first": lambda w: f"&#{ord(w[0])};" + w[1:],
    "entity-hex-last": lambda w: w[:-1] + f"&#x{ord(w[-1]):x};",
    "entity-no-semicolon": lambda w: f"&#{ord(w[0])}" + w[1:],
    "entity-soft-hyphen": lambda w: middle(w, "&shy;"),
    "entity-zero-width": lambda w: middle(w, "&ZeroWidthSpace;"),
    "template-comment": lambda w: middle(w, "{{! note }}"),
    "jinja-comment": lambda w: middle(w, "{# note #}"),
    "leetspeak": lambda w: each(w, LEET),
    "leet-at-sign": lambda w: w.replace("a", "@", 1) if "a" in w[1:-1] else each(w, LEET),
    "leet-symbols": lambda w: w[0] + w[1:-1].replace("i", "!").replace("a", "@").replace("s", "$").replace("e", "€") + w[-1],
    "homoglyph-and-zero-width": lambda w: middle(each(w, CYRILLIC), "\u200b"),
}

# Whole-phrase disguises whose word boundaries carry meaning.
PHRASES = [
    ("observer", "We noticed", "spaced-words-wide-gap", "W e  n o t i c e d"),
    ("observer", "We noticed", "dotted-words", "W.e n.o.t.i.c.e.d"),
    ("watching", "We've been watching", "full-width-phrase", "Ｗｅ'ｖｅ ｂｅｅｎ ｗａｔｃｈｉｎｇ"),
    ("pregnancy", "you're pregnant", "entity-apostrophe", "you&rsquo;re pregnant"),
    ("health", "your diabetes", "spaced-words-wide-gap", "y o u r  d i a b e t e s"),
]


def utf16(s):
    return len(s.encode("utf-16-le")) // 2


def line(base_id, text, trick, at, length, disguised):
    variant = text[:at] + disguised + text[at + length:]
    # Offsets are UTF-16 code units, as in the library's findings.
    return {"id": f"{base_id}/{trick}", "trick": trick, "kind": "message", "plain": text, "variant": variant,
            "at": utf16(text[:at]), "length": utf16(text[at:at + length]), "disguisedLength": utf16(disguised)}


def main():
    out = []
    texts = {b[0]: b[1] for b in BASES}
    for base_id, text, word in BASES:
        at = text.index(word)
        for trick, fn in TRICKS.items():
            out.append(line(base_id, text, trick, at, len(word), fn(word)))
    for base_id, phrase, trick, disguised in PHRASES:
        text = texts[base_id]
        out.append(line(base_id, text, trick, text.index(phrase), len(phrase), disguised))
    path = pathlib.Path(__file__).with_name("evasion.jsonl")
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8")
    print(f"{len(out)} variants written to {path}")


if __name__ == "__main__":
    main()
