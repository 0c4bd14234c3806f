"""Attribution: who says what. Reporting-verb lexicon, quotation segmentation, extraction on the
dependency parse, and resolution of sources to the article's actors."""
