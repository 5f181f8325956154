package tokenize

// latin recognises an e-mail address or a URL that starts with the ASCII
// letter or digit at s[i]. ok is false when there is none.
//
// A run of address bytes longer than maxRun starts no address. So that such
// a run ("a-a-a-…", "x.comx.com…") is not rescanned from each token inside
// it, latin returns in na the first offset from which an address could
// still start (noAddr when it learnt nothing new), and returns at once for
// any i before noAddr.
func latin[T text](s T, i, noAddr int) (end int, k Kind, ok bool, na int) {
	if i < noAddr {
		return 0, 0, false, noAddr
	}
	n := len(s)
	j, dot := i, false
	for j < n {
		if j-i > maxRun {
			// Longer than any address: a word, a number or junk. Every start
			// k in this run with min(end of run, n-1)-k > maxRun fails alike.
			for j < n && isAddrByte(s[j]) {
				j++
			}
			return 0, 0, false, min(j, n-1) - maxRun
		}
		b := s[j]
		if isAddrByte(b) && b != '.' {
			j++
			continue
		}
		if b == '.' {
			dot = true
			j++
			continue
		}
		break
	}
	if j >= n {
		if dot {
			if e := domain(s, i, true); e > 0 {
				return e, URL, true, noAddr
			}
		}
		return 0, 0, false, noAddr
	}
	switch s[j] {
	case '@':
		if s[j-1] != '.' {
			if e := domain(s, j+1, false); e > 0 {
				return e, Email, true, noAddr
			}
		}
		return 0, 0, false, noAddr
	case ':':
		// scheme://
		if j+2 < n && s[j+1] == '/' && s[j+2] == '/' && j-i >= 2 && j-i <= 10 && isScheme(s, i, j) {
			if e := urlBody(s, j+3, i); e > j+3 {
				return e, URL, true, noAddr
			}
			return 0, 0, false, noAddr
		}
	}
	if !dot {
		return 0, 0, false, noAddr
	}
	if j-i > 4 && lower(s[i]) == 'w' && lower(s[i+1]) == 'w' && lower(s[i+2]) == 'w' && s[i+3] == '.' {
		if e := domain(s, i+4, false); e > 0 {
			return urlTail(s, e, i), URL, true, noAddr
		}
		return 0, 0, false, noAddr
	}
	if e := domain(s, i, true); e > 0 {
		return urlTail(s, e, i), URL, true, noAddr
	}
	return 0, 0, false, noAddr
}

// isAddrByte reports whether b may occur in the run of bytes that latin
// scans before an @, a scheme's colon or the end of a host name.
func isAddrByte(b byte) bool {
	return isASCIILetter(b) || isASCIIDigit(b) || b == '-' || b == '_' || b == '+' || b == '%' || b == '.'
}

// maxRun bounds the scan for an address, so that a long run of letters,
// digits and dots is never scanned again at each token inside it.
const maxRun = 256

func lower(b byte) byte {
	if b >= 'A' && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

func isScheme[T text](s T, i, j int) bool {
	for ; i < j; i++ {
		if !isASCIILetter(s[i]) {
			return false
		}
	}
	return true
}

// domain returns the end of the host name that starts at s[i]: two or more
// labels of ASCII letters, digits and hyphens joined by single dots, the last
// of them alphabetic (and a known top-level domain when known is set), not
// followed by a letter or digit. It returns 0 when there is none.
func domain[T text](s T, i int, known bool) int {
	n := len(s)
	labels, last := 0, i
	j := i
	for {
		if j-i > maxRun {
			return 0
		}
		k := j
		for k < n && (isASCIILetter(s[k]) || isASCIIDigit(s[k]) || s[k] == '-') && k-j < 63 {
			k++
		}
		if k == j || s[j] == '-' || s[k-1] == '-' {
			break
		}
		labels++
		last, j = j, k
		if k+1 < n && s[k] == '.' && (isASCIILetter(s[k+1]) || isASCIIDigit(s[k+1])) {
			j = k + 1
			continue
		}
		break
	}
	if labels < 2 {
		return 0
	}
	for k := last; k < j; k++ {
		if !isASCIILetter(s[k]) {
			return 0
		}
	}
	if j-last < 2 || known && !knownTLD(s, last, j) {
		return 0
	}
	if j < n {
		if b := s[j]; b < 0x80 {
			if isASCIILetter(b) || isASCIIDigit(b) || b == '_' || b == '@' {
				return 0
			}
		} else if _, _, c := at(s, j); c == cLetter || c == cDigit || c == cMark { // Arabic may follow: "Phys.orgالعلمي"
			return 0
		}
	}
	return j
}

// urlTail extends a bare host name ending at s[e] with a port, path, query or
// fragment when one follows.
func urlTail[T text](s T, e, start int) int {
	if e < len(s) {
		switch s[e] {
		case '/', '?', '#':
			return urlBody(s, e, start)
		case ':':
			if e+1 < len(s) && isASCIIDigit(s[e+1]) {
				return urlBody(s, e, start)
			}
		}
	}
	return e
}

// urlBody returns the end of a URL whose body starts at s[j] (the URL itself
// starts at s[start]). The body runs to white space, an invisible control, a
// quote or guillemet, or an Arabic comma or semicolon; trailing punctuation
// (. , ; : ! ? ' and unbalanced closing brackets, ، ؛ ؟ …) is left out.
func urlBody[T text](s T, j, start int) int {
	n := len(s)
	for j < n {
		b := s[j]
		if b < 0x80 {
			if ascii[b] == cSpace || b == '"' || b == '<' || b == '>' || b == '`' || b == '\\' || b == '^' || b == '{' || b == '}' || b == '|' {
				break
			}
			j++
			continue
		}
		r, w, c := at(s, j)
		if c == cSpace || c == cBreak || c == cInvis || c == cJoin || r == '«' || r == '»' || r == '،' || r == '؛' || r == '“' || r == '”' || r == '‘' || r == '’' {
			break
		}
		j += w
	}
	// trim trailing punctuation, and closing brackets that open nowhere
	depth := 0 // '(' minus ')' in s[start:j]
	for k := start; k < j; k++ {
		switch s[k] {
		case '(':
			depth++
		case ')':
			depth--
		}
	}
	for j > start {
		r, w := decodeLast(s, j)
		switch r {
		case '.', ',', ';', ':', '!', '?', '\'', '*', '؟', '…', ']', '}':
			j -= w
			continue
		case ')':
			if depth >= 0 {
				return j
			}
			depth++
			j -= w
			continue
		}
		break
	}
	return j
}

// knownTLD reports whether s[i:j] is a top-level domain that bare host names
// are recognised with (without a scheme or www.): the generic ones and the
// country codes of the Arab world and of the countries in its news, in lower
// case. Codes that are also common English words (in, it, is, be, me, so, am,
// us) are left out: "done.so" is a missing space more often than a host.
func knownTLD[T text](s T, i, j int) bool {
	if j-i > 6 {
		return false
	}
	var buf [6]byte
	for k := i; k < j; k++ {
		if s[k] < 'a' || s[k] > 'z' {
			return false // "end.It": a missing space, not a host name
		}
		buf[k-i] = s[k]
	}
	switch string(buf[:j-i]) {
	case "com", "net", "org", "info", "gov", "edu", "int", "mil", "io", "co", "tv", "news", "biz", "online", "site", "media",
		"ae", "sa", "eg", "qa", "kw", "bh", "om", "jo", "lb", "sy", "iq", "ps", "ma", "dz", "tn", "ly", "sd", "ye", "mr", "dj", "km",
		"ir", "tr", "il", "ru", "uk", "fr", "de", "es", "ch", "nl", "eu", "cn", "jp", "pk", "af", "ca", "au", "az":
		return true
	}
	return false
}
