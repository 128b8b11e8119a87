"""Chinese numerals: "三百二十一", "五零一八", "两万三千" as integers."""

from __future__ import annotations

__all__ = ["CN_DIGITS", "chinese_number"]

#: The value of each digit (and of 零 and 两).
CN_DIGITS = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}
_CN_POWERS = {"十": 10, "百": 100, "千": 1000}


def chinese_number(numeral: str) -> int | None:
    """The value of a Chinese numeral, positional or digit by digit; ``None`` if it is not one.

    Examples
    --------
    >>> chinese_number("三百二十一"), chinese_number("五零一八"), chinese_number("十二"), chinese_number("两万三千")
    (321, 5018, 12, 23000)
    >>> chinese_number("一二三"), chinese_number("百") is None
    (123, True)
    """
    if not numeral:
        return None
    if all(ch in CN_DIGITS for ch in numeral):
        return int("".join(str(CN_DIGITS[ch]) for ch in numeral))
    total, section, digit = 0, 0, None
    for ch in numeral:
        if ch == "零":
            continue  # a placeholder inside a positional numeral ("一千零五")
        if ch in CN_DIGITS:
            if digit is not None:
                return None  # two digits in a row inside a positional numeral
            digit = CN_DIGITS[ch]
        elif ch in _CN_POWERS:
            if digit is None and not (ch == "十" and section == 0):
                return None
            section += (1 if digit is None else digit) * _CN_POWERS[ch]
            digit = None
        elif ch == "万":
            if section == 0 and digit is None:
                return None
            total += (section + (digit or 0)) * 10_000
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)
