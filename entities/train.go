package entities

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/arnews/arnews/entities/internal/index"
)

// maxVocab is the most words Vocabulary keeps.
const maxVocab = 150000

// TrainOption changes how TrainModel trains.
type TrainOption func(*trainConfig)

type trainConfig struct {
	epochs   int
	bits     int
	seed     uint64
	ensemble int
	gaz      *Gazetteer
	vocab    []string
}

// Vocabulary gives the most frequent words of the kind of text the
// model will read (up to 150,000; duplicates in folded form count once).
// The model stores them folded, and the recognizer computes their
// features once instead of at each occurrence: Find is faster, its
// results the same.
func Vocabulary(words []string) TrainOption {
	return func(c *trainConfig) { c.vocab = words }
}

// Epochs sets the number of passes over the training data (default 12).
func Epochs(n int) TrainOption { return func(c *trainConfig) { c.epochs = max(1, n) } }

// HashBits sets the size of the feature table: 1<<bits rows of weights
// (default 19; from 10 to 24). More bits, fewer collisions between
// features, a larger model.
func HashBits(bits int) TrainOption {
	return func(c *trainConfig) { c.bits = min(maxHashBits, max(10, bits)) }
}

// TrainSeed sets the seed of the order in which sentences are visited in
// each pass and of the gazetteer dropout's choices (default 1). The same
// data, options and seed give the same model, byte for byte.
func TrainSeed(seed uint64) TrainOption { return func(c *trainConfig) { c.seed = seed } }

// TrainGazetteer sets the gazetteer whose readings and name lists are
// features (default: the embedded one). Its model, if any, is not used.
// Attach the trained model to a gazetteer with the same entities.
func TrainGazetteer(g *Gazetteer) TrainOption { return func(c *trainConfig) { c.gaz = g } }

// sentence is one sentence of CoNLL data: its tokens and their labels.
type sentence struct {
	toks []string
	tags []uint8 // labels, lblO for O and ignored types
	line int     // line of the first token
	doc  int     // how many -DOCSTART- lines come before the sentence
}

// readCoNLL reads CoNLL data: one "WORD TAG" a line (a space or a tab
// between), a blank line between sentences, tags O, B-X and I-X. See
// TrainModel.
func readCoNLL(r io.Reader) ([]sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	var out []sentence
	var cur sentence
	doc := 0
	flush := func() {
		if len(cur.toks) > 0 {
			out = append(out, cur)
		}
		cur = sentence{doc: doc}
	}
	ln := 0
	for sc.Scan() {
		ln++
		line := strings.TrimRight(sc.Text(), "\r")
		bad := func(format string, args ...any) error {
			t := line
			if len(t) > 80 {
				t = strings.ToValidUTF8(t[:80], "")
			}
			return &ParseError{Line: ln, Err: fmt.Errorf(format, args...), Text: t}
		}
		if !utf8.ValidString(line) {
			return nil, bad("invalid UTF-8")
		}
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		fs := strings.Fields(line)
		if fs[0] == "-DOCSTART-" { // also CoNLL-2003's "-DOCSTART- -X- -X- O"
			doc++
			flush()
			continue
		}
		if len(fs) != 2 {
			return nil, bad("want \"WORD TAG\", got %d fields", len(fs))
		}
		l, err := parseTag(fs[1])
		if err != nil {
			return nil, bad("%v", err)
		}
		if isInside(l) {
			// I-X after O or another type begins a name (as conlleval reads IOB1).
			if len(cur.tags) == 0 || labelType(int(cur.tags[len(cur.tags)-1])) != labelType(l) {
				l--
			}
		}
		if len(cur.toks) == 0 {
			cur.line = ln
		}
		cur.toks = append(cur.toks, fs[0])
		cur.tags = append(cur.tags, uint8(l))
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, &ParseError{Line: ln + 1, Err: fmt.Errorf("line longer than %d bytes", maxLine)}
		}
		return nil, fmt.Errorf("entities: reading CoNLL: %w", err)
	}
	flush()
	return out, nil
}

// parseTag reads O, or B-/I- and a type: PER PERS PERSON, LOC GPE
// LOCATION, ORG ORGANIZATION, or this package's person, place,
// organization; MISC and nationality are read as O. Case does not matter.
func parseTag(s string) (int, error) {
	if s == "O" || s == "o" {
		return lblO, nil
	}
	if len(s) < 3 || s[1] != '-' || (s[0] != 'B' && s[0] != 'I' && s[0] != 'b' && s[0] != 'i') {
		return 0, fmt.Errorf("bad tag %q (want O, B-TYPE or I-TYPE)", s)
	}
	var t Type
	switch strings.ToUpper(s[2:]) {
	case "PER", "PERS", "PERSON":
		t = Person
	case "LOC", "LOCATION", "GPE", "PLACE":
		t = Place
	case "ORG", "ORGANIZATION", "ORGANISATION":
		t = Organization
	case "MISC", "NATIONALITY", "NAT", "NORP":
		return lblO, nil
	default:
		return 0, fmt.Errorf("unknown type %q in tag %q (want PERS, LOC, ORG, MISC or person, place, organization)", s[2:], s)
	}
	if s[0] == 'B' || s[0] == 'b' {
		return labelB(t), nil
	}
	return labelI(t), nil
}

// instance is a training sentence as words with their features and gold labels.
type instance struct {
	feats []uint32 // maxFeatures-wide rows, n per word
	nf    []uint8
	gold  []uint8
}

// sentenceText joins the tokens with spaces and returns the text and the
// byte offset of each token.
func sentenceText(toks []string, starts []int) (string, []int) {
	var b strings.Builder
	starts = starts[:0]
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		starts = append(starts, b.Len())
		b.WriteString(t)
	}
	return b.String(), starts
}

// tokenAt returns the index of the token that holds byte i.
func tokenAt(starts []int, i int) int {
	lo, hi := 0, len(starts)
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if starts[mid] <= i {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

// wordsOf runs the scanner and the gazetteer over a sentence and calls
// fn with each chunk of words and, for each word, the label of its token
// (the token's for its first word, I for the next words of a name).
func wordsOf(g *Gazetteer, env *featEnv, st *recState, s sentence, fn func(ws []mword, wf []wfeat, gold []uint8)) {
	text, starts := sentenceText(s.toks, nil)
	f := g.find(text, nil)
	var gold []uint8
	f.chunks(st, nil, env, func(ws []mword, wf []wfeat) {
		gold = gold[:0]
		for i := range ws {
			k := tokenAt(starts, ws[i].start)
			l := int(s.tags[k])
			if ws[i].start > starts[k] && l != lblO {
				l = labelI(labelType(l))
			}
			if isInside(l) && (i == 0 || labelType(int(gold[i-1])) != labelType(l)) {
				l = labelB(labelType(l))
			}
			gold = append(gold, uint8(l))
		}
		fn(ws, wf, gold)
	})
	f.release()
}

// TrainModel trains a model on CoNLL data: one token and its tag a line
// ("WORD TAG", a space or a tab between), a blank line between sentences,
// tags in IOB2 (O, B-X, I-X; an I-X that does not continue an X begins
// one). Types: PERS (or PER, PERSON), LOC (LOCATION, GPE), ORG
// (ORGANIZATION) and this package's person, place and organization; MISC
// and nationality are read as O. A token may keep its proclitics
// (ونايفة tagged B-LOC): found names leave them out. A line that starts
// with "-DOCSTART-" separates documents (and sentences). A bad line is a
// *ParseError with its line number.
//
// Training is an averaged structured perceptron with the features of the
// recognizer (see Model) and the gazetteer of TrainGazetteer; with
// Ensemble, several such perceptrons with consecutive seeds, whose
// weights are averaged. The same data and options give the same model,
// byte for byte.
func TrainModel(r io.Reader, opts ...TrainOption) (*Model, error) {
	cfg := trainConfig{epochs: 12, bits: 19, seed: 1}
	for _, o := range opts {
		o(&cfg)
	}
	sents, err := readCoNLL(r)
	if err != nil {
		return nil, err
	}
	if len(sents) == 0 {
		return nil, errors.New("entities: TrainModel: no sentences in the data")
	}
	if cfg.ensemble > 1 {
		return trainEnsemble(sents, cfg), nil
	}
	return trainSentences(sents, cfg), nil
}

// trainSentences trains one model on sents with cfg's seed.
func trainSentences(sents []sentence, cfg trainConfig) *Model {
	g := cfg.gaz
	if g == nil {
		g = defaultLookup()
	}
	g = g.WithModel(nil)
	var vocab [][]byte
	seen := map[string]bool{}
	for _, v := range cfg.vocab {
		if len(vocab) == maxVocab {
			break
		}
		f := index.AppendFold(nil, v)
		if len(f) == 0 || len(f) > maxFold || seen[string(f)] {
			continue
		}
		seen[string(f)] = true
		vocab = append(vocab, f)
	}
	env := &featEnv{lex: lexiconOf(g), vocab: newVocabTable(vocab), clus: defaultClusters()}
	shift := 64 - uint(cfg.bits)
	st := recPool.Get().(*recState)
	defer recPool.Put(st)
	var insts []instance
	drop := rand.New(rand.NewPCG(cfg.seed, dropStream))
	type trainChunk struct {
		ws   []mword
		wf   []wfeat
		gold []uint8
	}
	var chunks []trainChunk
	freq := map[uint64]int{}
	tokens := 0
	for _, s := range sents {
		tokens += len(s.toks)
		wordsOf(g, env, st, s, func(ws []mword, wf []wfeat, gold []uint8) {
			chunks = append(chunks, trainChunk{slices.Clone(ws), slices.Clone(wf), slices.Clone(gold)})
			for i := range ws {
				freq[ws[i].h]++
			}
		})
	}
	for _, c := range chunks {
		ws, wf, gold := c.ws, c.wf, c.gold
		{
			add := func() {
				in := instance{feats: make([]uint32, 0, len(ws)*maxFeatures), nf: make([]uint8, len(ws)), gold: append([]uint8(nil), gold...)}
				for i := range ws {
					n := features(ws, wf, i, &st.feats)
					for _, f := range st.feats[:n] {
						in.feats = append(in.feats, uint32(f>>shift))
					}
					in.nf[i] = uint8(n)
				}
				insts = append(insts, in)
			}
			add()
			if hideKnown(ws, gold, freq, drop) {
				add()
			}
		}
	}
	rows := 1 << cfg.bits
	t := &perceptron{w: make([]int32, rows*labelPad), u: make([]int64, rows*labelPad)}
	order := make([]int, len(insts))
	for i := range order {
		order[i] = i
	}
	em := make([][labelPad]int64, 0, maxChunk)
	back := make([][labelPad]uint8, maxChunk)
	pred := make([]uint8, maxChunk)
	for ep := range cfg.epochs {
		rng := rand.New(rand.NewPCG(cfg.seed, uint64(ep)))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			in := &insts[k]
			n := len(in.gold)
			em = em[:n]
			off := 0
			for i := range n {
				var e [labelPad]int64
				for _, f := range in.feats[off : off+int(in.nf[i])] {
					row := t.w[int(f)*labelPad : int(f)*labelPad+labelPad]
					for l := range nLabels {
						e[l] += int64(row[l])
					}
				}
				em[i] = e
				off += int(in.nf[i])
			}
			viterbi(em, &t.trans, back[:n], pred[:n])
			t.c++
			off = 0
			for i := range n {
				g, p := int(in.gold[i]), int(pred[i])
				if g != p {
					for _, f := range in.feats[off : off+int(in.nf[i])] {
						t.add(int(f)*labelPad+g, 1)
						t.add(int(f)*labelPad+p, -1)
					}
				}
				gp, pp := nLabels, nLabels
				if i > 0 {
					gp, pp = int(in.gold[i-1]), int(pred[i-1])
				}
				if gp != pp || g != p {
					t.addTrans(gp, g, 1)
					t.addTrans(pp, p, -1)
				}
				off += int(in.nf[i])
			}
		}
	}
	m := t.model(cfg.bits)
	m.vocab = vocab
	m.info.Sentences, m.info.Tokens, m.info.Epochs = len(sents), tokens, cfg.epochs
	return m
}

// perceptron holds the weights being learnt (w) and the sums for their
// average (u: each update times the step it was made at), in integers so
// that training is exact and repeatable.
type perceptron struct {
	w      []int32
	u      []int64
	trans  [nLabels + 1][labelPad]int64
	transU [nLabels + 1][labelPad]int64
	c      int64
}

func (t *perceptron) add(i int, d int32) {
	t.w[i] += d
	t.u[i] += t.c * int64(d)
}

func (t *perceptron) addTrans(p, l int, d int64) {
	t.trans[p][l] += d
	t.transU[p][l] += t.c * d
}

// model returns the averaged weights, scaled to int16.
func (t *perceptron) model(bits int) *Model {
	c := t.c
	avg := func(w, u int64) int64 { return w*c - u } // c times the average
	var maxAbs int64 = 1
	for i := range t.w {
		if a := abs64(avg(int64(t.w[i]), t.u[i])); a > maxAbs {
			maxAbs = a
		}
	}
	for p := range t.trans {
		for l := range nLabels {
			if a := abs64(avg(t.trans[p][l], t.transU[p][l])); a > maxAbs {
				maxAbs = a
			}
		}
	}
	const top = 32000
	q := func(v int64) int64 {
		// Round v*top/maxAbs to the nearest integer, in integers.
		n := v * top
		if n >= 0 {
			return (n + maxAbs/2) / maxAbs
		}
		return -((-n + maxAbs/2) / maxAbs)
	}
	m := &Model{bits: uint8(bits)}
	m.info.HashBits = bits
	w := make([]int16, len(t.w))
	for i := range t.w {
		w[i] = int16(q(avg(int64(t.w[i]), t.u[i])))
	}
	m.packRows(w)
	m.info.Nonzero = len(m.rows) / labelPad
	for p := range t.trans {
		for l := range nLabels {
			m.trans[p][l] = int32(q(avg(t.trans[p][l], t.transU[p][l])))
		}
	}
	return m
}

func abs64(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

// Gazetteer dropout: most names in the training data are names the
// gazetteer knows, so a model trained on them alone learns "a name is
// what the gazetteer says" and little of the words around a name; in
// news most people, villages and small bodies are unknown. Each
// training sentence is therefore also seen a second time with the
// gazetteer's readings and name-list bits of some of its names hidden
// (each name with probability dropRate), as an unknown name would look,
// and the identity of some of its rare words hidden (each with
// probability unkRate), as a word the model never saw would look: the
// model learns what it can tell from the letters and the words around.
// (ANERcorp dev micro F1 0.700 -> 0.705 with the cue classes of cues.go,
// and real-news people recall up; see the notes of issue 17.)
const (
	dropRate   = 0.5      // a known name's gazetteer readings are hidden
	rareCount  = 2        // a word seen at most this often in the data is rare
	unkRate    = 0.5      // a rare word's identity is hidden
	unkHash    = 0xDDBA11 // the word and core hash of a hidden word
	dropStream = 0xD809   // the PCG stream of the dropout's choices
)

// hideKnown hides, in place, the identity of the rare words of ws that
// rng picks (freq counts the words of the data), and the gazetteer's
// reading and name-list bits of the words of the known gold names it
// picks; it reports whether it hid anything.
func hideKnown(ws []mword, gold []uint8, freq map[uint64]int, rng *rand.Rand) bool {
	hid := false
	for i := range ws {
		if freq[ws[i].h] <= rareCount && rng.Float64() < unkRate {
			ws[i].h, ws[i].core = unkHash, unkHash
			hid = true
		}
	}
	for i := 0; i < len(ws); {
		if gold[i] == lblO {
			i++
			continue
		}
		j := i + 1
		for j < len(ws) && isInside(int(gold[j])) {
			j++
		}
		known := false
		for k := i; k < j; k++ {
			known = known || ws[k].gaz != 0 || ws[k].lex != 0
		}
		if known && rng.Float64() < dropRate {
			for k := i; k < j; k++ {
				ws[k].gaz, ws[k].lex = 0, 0
			}
			hid = true
		}
		i = j
	}
	return hid
}
