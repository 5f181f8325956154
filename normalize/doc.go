// Package normalize implements offset-preserving, streaming normalization of
// Arabic text.
//
// A Form is a set of steps (Diacritics, Tatweel, Alef, Hamza, AlefMaksura,
// TehMarbuta, Persian, Digits, Compatibility, Invisible, ZWNJ, Spaces) that
// combine with |. Two presets cover most needs: Display, for text shown to
// people, and Search, for indexing and matching. Neither touches Latin
// letters or case.
//
//	normalize.Search.String("أَحْمَد")   // "احمد"
//	normalize.Display.String("ﻻ")     // "لا"
//
// Every Form is a golang.org/x/text/transform.SpanningTransformer, so it
// works with transform.NewReader, transform.Chain and friends, and gives the
// same output whatever the buffer sizes. Form.Text keeps the mapping between
// the original and the normalized text, so that spans found in the
// normalized text can be reported as byte offsets of the original.
//
// # How the steps combine
//
// Each input character is normalized on its own, in this order:
// Compatibility (its NFKC form, which may be several characters), then, on
// each resulting character, Persian, Alef, Hamza, AlefMaksura, TehMarbuta,
// Digits, and the removals and the space mapping. So ۓ becomes ء under
// Persian|Hamza, and ﺃ becomes ا under Compatibility|Alef. The result is a
// fixed point: applying the same Form again changes nothing.
//
// Two rules look at the character before:
//
//   - Under Alef (without Diacritics, which removes them anyway), a
//     combining madda or hamza U+0653–U+0655 is removed unless it follows
//     a kept character other than a bare alef or another such mark. So
//     ا + U+0654 becomes ا, and a mark with nothing (left) before it goes.
//   - Under Invisible, ZERO WIDTH JOINER is kept only right after an emoji.
//
// "The character before" is the last character of the output of the
// preceding input character; when that output is empty (the character was
// removed), the mark or ZWJ goes too. Looking at output rather than input
// keeps every Form idempotent.
//
// # Offsets
//
// Form.Text returns the normalized text with a sparse list of the changed
// characters, so Text.Original maps a span of the normalized text back to
// byte offsets of the original (the smallest span that normalizes to it,
// keeping removed diacritics with the letter before them), and
// Text.Normalized maps the other way. Text, like String, allocates nothing
// when the text is already normal.
//
// # Streaming
//
// Transform is stateless: a Form value can serve many readers at once.
// Because of the two rules above it may hold back the last few characters
// of a buffer (at most three, returning transform.ErrShortSrc when atEOF is
// false), so transform.NewReader and transform.NewWriter work with their
// default buffers on any input.
//
// # Speed
//
// Text that is already normal is passed over in blocks: a block of plain
// Arabic letters and ASCII is tested at once, and String, Bytes and Append
// write the most frequent same-length replacements (آ أ إ → ا, ؤ ئ → ء,
// ى → ي, ة → ه) inside the block. On amd64 the blocks are 32 bytes (AVX2, where the
// processor has it) or 16 (SSE2); elsewhere, or when built with the tag
// purego, 8 bytes in plain Go. Every path gives the same output.
//
// # Invalid UTF-8
//
// Every byte that is not part of a valid UTF-8 encoding becomes U+FFFD, one
// U+FFFD per bad byte, exactly as a Go for-range loop decodes it. The
// output is always valid UTF-8, for every Form including the zero Form.
// Valid input never produces U+FFFD.
package normalize
