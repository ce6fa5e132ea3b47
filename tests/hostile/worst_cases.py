"""Bodies and headlines built against the regexes of ingest/, dedup/ and extract/ (backtracking, huge match counts)."""

from __future__ import annotations

MB = 1_000_000

#: name -> (headline, body, language hint); each stays under the default 1 MiB message limit once JSON-encoded.
WORST_CASES = {
    "one_word_1mb": ("Krieg", "Krieg " * (MB // 6), "de"),
    "dots_no_space": ("Bagdad", "." * 15_000, None),  # sentence boundary [.!?]+(?=\s) retried at every dot
    "dots_then_letter": ("Bagdad", ("." * 5000 + "a") * 8, None),
    "thousands_chain": ("4 Tote", "1" + ",000" * 50_000 + ",00", "en"),  # \d{1,3}(?:[.,' ]\d{3})+(?!\d)
    "decimal_chain": ("4 Tote", ".".join("1" for _ in range(100_000)), "de"),
    "digits_run": ("Tote", "9" * 200_000, "de"),
    "update_markers": ("UPDATE 1 - " * 90 + "UPDATE 1 " + " " * 50 + "x", "Text " * 100, "en"),
    "marker_spaces": ("update" + " 1" * 400 + " ", "Text " * 100, "en"),
    "abbreviations": ("Dr. Bagdad", "Dr. " * 50_000 + "getötet.", "de"),
    "clauses": ("Angriff", " - , ; : " * 30_000, "de"),
    "long_word": ("Angriff", "a" * 300_000, "de"),
    "arabic_clitics": ("غارة", "و" * 200_000 + " بغداد", "ar"),
    "arabic_prefix_words": ("غارة", " ".join("وبال" * 10 + "بغداد" for _ in range(10_000)), "ar"),
    "triggers_and_tolls": ("Luftangriff in Bagdad", "Luftangriff in Bagdad: 4 Tote, 12 Verletzte. " * 20_000, "de"),
    "places_only": ("Bagdad", "Bagdad Kherson Aden Gaza Mosul Kyiv Charkiw " * 20_000, "de"),
    "numbers_only": ("4", "4 " * 400_000, "de"),
    "number_words": ("vier", "vierhundertvierundvierzigtausend " * 25_000, "de"),
    "wildcard_gaps": ("Angriff", "machte die die die die verantwortlich " * 20_000, "de"),
    "zero_width_everywhere": ("Bag\u200bdad", "\u200b".join("Bei einem Luftangriff in Bagdad starben vier Menschen. "
                                                           * 2000), "de"),
    "bidi_controls": ("\u202eAngriff", "\u202e\u202dBagdad\u200f getötet 4 " * 30_000, "de"),
    "combining_marks": ("Angriff", "a\u0301\u0301\u0301 " * 100_000, "de"),
    "boilerplate_lines": ("Bagdad", "\n".join("By Ab" + " cd" * 86 for _ in range(3500)), "en"),
    "blank_lines": ("Bagdad", "x\n \n \t\n" * 60_000, "de"),
    "quotes": ("\"Angriff\"", "\u201e\u201c\u00ab\u00bb\"'" * 60_000 + ". Tote", "de"),
    "mixed_scripts": ("Angriff", "Bagdad بغداد Багдад 巴格达 " * 20_000, None),
    "newline_sentences": ("Angriff", "Bagdad\n" * 100_000, "de"),
}
