"""Reading the source: checksum of the bundled scrape, decoding, bad input."""

from __future__ import annotations

import hashlib
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dangjian import paths
from dangjian.engine.source import SourceError, decode_bytes, read_source, site_metadata


def test_raw_scrape_is_byte_identical_to_the_recorded_checksum():
    # The checksum was recorded when ../shared/seed/000_189d0d72895c59ff.txt was copied in.
    digest = hashlib.sha256(paths.RAW_REPORT.read_bytes()).hexdigest()
    assert digest == "0af856023c4f687cb46706e04a7648f727dad6d235765d5583ad2962f522d522"
    assert digest == paths.RAW_SHA256


def test_raw_folder_holds_only_the_scrape():
    assert sorted(p.name for p in paths.RAW.iterdir()) == [paths.RAW_REPORT.name]


SAMPLE = "在310人参加的调查问卷中,占65.16%"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (SAMPLE.encode("utf-8-sig"), "utf-8-sig"),
        (SAMPLE.encode("utf-16"), "utf-16"),  # with BOM, little-endian here
        (SAMPLE.encode("utf-16-be").join([b"\xfe\xff", b""]), "utf-16"),
        (SAMPLE.encode("gbk"), "gb18030"),
        (SAMPLE.encode("gb18030"), "gb18030"),
    ],
)
def test_decodes_common_chinese_encodings(data, encoding):
    raw = decode_bytes(data)
    assert raw.text == SAMPLE
    assert raw.encoding == encoding


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\n ", "empty"),
        (b"\x00\x01\x02PK\x03\x04" * 20, "binary"),
        (b"abc \xff\xfe\xfd text", "neither UTF-8"),
    ],
)
def test_bad_bytes_get_a_message_that_names_the_problem(data, message):
    with pytest.raises(SourceError, match=message):
        decode_bytes(data, name="x.txt")


def test_missing_directory_and_unreadable_paths(tmp_path):
    with pytest.raises(SourceError, match="no such file"):
        read_source(tmp_path / "nope.txt")
    with pytest.raises(SourceError, match="is a directory"):
        read_source(tmp_path)
    locked = tmp_path / "locked.txt"
    locked.write_text("党建", encoding="utf-8")
    locked.chmod(0)
    if os.geteuid() == 0:  # root reads anything; the branch is still exercised by a normal user
        pytest.skip("running as root: permission bits do not stop reads")
    with pytest.raises(SourceError, match="permission denied"):
        read_source(locked)


def test_reading_never_modifies_the_file(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes(SAMPLE.encode("gbk"))
    before = path.read_bytes(), path.stat().st_mtime_ns
    read_source(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_site_metadata_of_the_bundled_scrape(raw_text):
    # Values as printed in the scrape's header line.
    assert site_metadata(raw_text) == {
        "uploader": "飞***",
        "document_id": "32656838",
        "uploaded": "2018-02-12",
        "format": "DOC",
        "pages": "15",
        "size": "69KB",
    }


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_binary_test_counts_control_bytes_as_the_plain_loop_does(data):
    from dangjian.engine import source

    sample = data[:4096]
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    assert source._looks_binary(data) == (b"\x00" in sample or control > len(sample) * 0.05)


# --- the garble check's one pass (source._scan) against the regexes it replaces --------------------------------------

from dangjian.engine import source as _source  # noqa: E402

#: Characters around the edges of the tables: common and rare Han, traditional ones, the CJK extensions, surrogates,
#: accented Latin letters and their neighbours, full-width forms.
_SCAN_ALPHABET = st.one_of(
    st.sampled_from("党建黨組織佔曌垚鍮瑩\u3400\u4dbf\u4dc0\u4dff\u4e00\u9fff\ua000\uf8ff\uf900\ufaff\ufb00\u00bf\u00c0\u00e5\u02ff\u0300"
                    "\U0001ffff\U00020000\U0002a6d6\U0003ffff\U00040000\ud800\udfff\ufffd%１ a"),
    st.characters(min_codepoint=0, max_codepoint=0x4FFFF),
)


def _scan_by_regex(text: str) -> tuple[float, int, bool]:
    return (*_source._rare_share_by_regex(text), bool(_source._LATIN_ACCENTED.search(text)))


@settings(max_examples=500, deadline=None)
@given(st.lists(_SCAN_ALPHABET, max_size=60).map("".join))
def test_garble_scan_counts_as_the_han_and_latin_regexes_do(text):
    assert _source._scan(text) == _scan_by_regex(text)


def test_garble_scan_on_the_bundled_scrape_and_a_wrong_decode(raw_text):
    big5 = raw_text.encode("big5", "ignore").decode("gb18030", "replace")
    for text in (raw_text, big5, raw_text.encode("utf-8").decode("latin-1")):
        assert _source._scan(text) == _scan_by_regex(text)
    assert _source._rare_share(big5)[0] > 0.05
