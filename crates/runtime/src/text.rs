//! `str` methods, indexing and slicing by code point, and formatting
//! (format-spec mini-language, `str.format`, `%`).

runtime_interface! {
    TEXT_DECLS, text_symbols;
}
