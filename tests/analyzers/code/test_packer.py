"""Dean Edwards' packer, unpacked as its decoder would (`strings.unpack_packer`)."""
from npmward.analyzers.code.strings import unpack_packer


def test_words_are_numerals_in_the_packers_base():
    # base 62: 0-9, a-z, then A-Z; index 36 is `A`, 62 is `10`
    words = [f"w{i}" for i in range(63)]
    assert unpack_packer("0 9 a z A Z 10", 62, 63, words) == "w0 w9 w10 w35 w36 w61 w62"


def test_an_empty_entry_keeps_its_numeral_and_other_words_stay():
    assert unpack_packer("0 1.2('x')", 36, 3, ["var", "", "log"]) == "var 1.log('x')"


def test_counts_and_bases_the_decoder_cannot_have_are_refused():
    assert unpack_packer("0", 63, 1, ["x"]) is None
    assert unpack_packer("0", 10, 2, ["x"]) is None  # (more words counted than the dictionary holds)
    assert unpack_packer("0", 10, 0, []) is None
