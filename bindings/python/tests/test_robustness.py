"""Hardening of the bindings: random bytes never crash the interpreter, and bad
arguments raise TypeError or ValueError, whatever the encoding asked for."""

import random

import pytest

import econclaims


@pytest.mark.parametrize("encoding", ["utf-8", "auto", "gb18030", "big5", "utf-16le"])
def test_random_bytes_never_crash(encoding):
    rng = random.Random(20261122)
    for n in range(300):
        data = rng.randbytes(rng.randrange(0, 2048))
        if n % 3 == 0:  # mostly valid text with noise, which reaches deeper into the extractor
            data = "2023年，某区完成投资12.5亿元，同比增长8%。".encode() * rng.randrange(1, 5) + data[:16]
        try:
            claims = econclaims.extract(data, doc="random.bin", date="2024-01", encoding=encoding)
        except UnicodeDecodeError as e:
            assert "byte offset" in str(e)
            continue
        for c in claims:
            assert 0 <= c.start < c.end <= len(data)


def test_encoded_bytes_give_offsets_in_their_own_bytes():
    text = "2023年，某区完成投资12.5亿元，同比增长8%。"
    gb = text.encode("gb18030")
    claims = econclaims.extract(gb, doc="gb.txt", date="2024-01", encoding="gb18030")
    assert [c.quote for c in claims] == ["12.5亿元", "8%"]
    assert gb[claims[0].start:claims[0].end].decode("gb18030") == "12.5亿元"
    assert econclaims.extract(gb, date="2024-01", encoding="auto")[0].start == claims[0].start


@pytest.mark.parametrize(
    "kwargs, error",
    [
        ({"text": 123}, TypeError),
        ({"text": "增长8%", "doc": 5}, TypeError),
        ({"text": "增长8%", "date": 2024.5}, TypeError),
        ({"text": "增长8%", "date": "2024-13"}, ValueError),
        ({"text": b"x", "encoding": "latin-9"}, ValueError),
        ({"text": b"x", "encoding": 8}, TypeError),
    ],
)
def test_bad_arguments_raise(kwargs, error):
    with pytest.raises(error):
        econclaims.extract(**kwargs)
