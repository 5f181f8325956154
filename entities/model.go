package entities

import (
	"bufio"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"sync"
)

// Model is a trained name recognizer: a linear model over hashed features
// of each word and its neighbours (the words, their stems without
// proclitics and article, suffixes, shape, the gazetteer's reading and
// the gazetteer's name lists), decoded with Viterbi under BIO constraints.
// Attach one to a gazetteer with WithModel. A Model is immutable and safe
// for concurrent use.
type Model struct {
	bits  uint8
	occ   []occWord // which of the 1<<bits rows have weights (see rows.go)
	rows  []int16   // those rows, labelPad weights each, in row order
	trans [nLabels + 1][labelPad]int32
	info  ModelInfo
	vocab [][]byte // folded frequent words whose feature sums are precomputed (see Vocabulary)
}

// ModelInfo describes how a model was trained.
type ModelInfo struct {
	Sentences int // training sentences
	Tokens    int // training tokens
	Epochs    int // passes over the data
	HashBits  int // the feature table has 1<<HashBits rows
	Nonzero   int // rows with a weight
}

// Info returns how the model was trained.
func (m *Model) Info() ModelInfo { return m.info }

// The model file: magic, version, then the header and the rows, and a
// CRC-32 (IEEE) of everything before it.
const (
	modelMagic   = "arnews-ner\x00"
	modelVersion = 1
	maxHashBits  = 24
)

//go:generate go test -run ^TestBuildModel$ . -buildmodel

//go:embed data/model.bin
var embeddedModel string

var defaultModel = sync.OnceValue(func() *Model {
	m, err := LoadModel(stringReader(embeddedModel))
	if err != nil {
		// The embedded model is checked by the tests; without one, names
		// are found by lookup alone.
		return nil
	}
	return m
})

// DefaultModel returns the embedded model, trained on ANERcorp and on news
// articles labelled by hand (see the package documentation; rebuild it
// with go generate). It is loaded on
// the first call and shared; nil only if the embedded file is damaged,
// which the tests rule out.
func DefaultModel() *Model { return defaultModel() }

type strReader struct {
	s string
	i int
}

func (r *strReader) Read(p []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n := copy(p, r.s[r.i:])
	r.i += n
	return n, nil
}

func stringReader(s string) io.Reader { return &strReader{s: s} }

// ErrModelFormat is wrapped by the errors LoadModel returns for data that
// is not a model file of this package.
var ErrModelFormat = errors.New("not an arnews name model")

// WriteTo writes the model in its binary format (which LoadModel reads)
// and returns the bytes written.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var b []byte
	b = append(b, modelMagic...)
	b = binary.LittleEndian.AppendUint16(b, modelVersion)
	b = binary.LittleEndian.AppendUint16(b, featureVersion)
	b = append(b, m.bits)
	for _, v := range []int{m.info.Sentences, m.info.Tokens, m.info.Epochs} {
		b = binary.AppendUvarint(b, uint64(v))
	}
	for p := range m.trans {
		for l := range nLabels {
			b = binary.AppendVarint(b, int64(m.trans[p][l]))
		}
	}
	nz := 0
	m.eachRow(func(_ int, row []int16) {
		if rowNonzero(row) {
			nz++
		}
	})
	b = binary.AppendUvarint(b, uint64(nz))
	last := -1
	m.eachRow(func(r int, row []int16) {
		if !rowNonzero(row) {
			return
		}
		b = binary.AppendUvarint(b, uint64(r-last))
		last = r
		for _, v := range row {
			b = binary.AppendVarint(b, int64(v))
		}
	})
	b = binary.AppendUvarint(b, uint64(len(m.vocab)))
	for _, v := range m.vocab {
		b = binary.AppendUvarint(b, uint64(len(v)))
		b = append(b, v...)
	}
	b = binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b))
	n, err := w.Write(b)
	return int64(n), err
}

func rowNonzero(row []int16) bool {
	for _, v := range row {
		if v != 0 {
			return true
		}
	}
	return false
}

// maxModelBytes bounds what LoadModel reads.
const maxModelBytes = 256 << 20

// LoadModel reads a model that WriteTo wrote. A file that is not a model,
// is truncated or damaged (its checksum fails), or was written by a later
// version of the format or with another feature set is an error that
// says which, wrapping ErrModelFormat.
func LoadModel(r io.Reader) (*Model, error) {
	data, err := io.ReadAll(io.LimitReader(bufio.NewReader(r), maxModelBytes+1))
	if err != nil {
		return nil, fmt.Errorf("entities: reading model: %w", err)
	}
	bad := func(format string, args ...any) error {
		return fmt.Errorf("entities: model: %s: %w", fmt.Sprintf(format, args...), ErrModelFormat)
	}
	if len(data) > maxModelBytes {
		return nil, bad("larger than %d bytes", maxModelBytes)
	}
	if len(data) < len(modelMagic) || string(data[:len(modelMagic)]) != modelMagic {
		return nil, bad("wrong magic bytes")
	}
	p := data[len(modelMagic):]
	if len(p) < 5 {
		return nil, bad("truncated header")
	}
	if v := binary.LittleEndian.Uint16(p); v != modelVersion {
		if v > modelVersion {
			return nil, bad("format version %d is newer than this package reads (%d): update arnews", v, modelVersion)
		}
		return nil, bad("format version %d is not supported (this package reads %d)", v, modelVersion)
	}
	if v := binary.LittleEndian.Uint16(p[2:]); v != featureVersion {
		return nil, bad("trained on feature set %d, this package computes feature set %d: retrain the model", v, featureVersion)
	}
	if len(data) < len(modelMagic)+4+5 {
		return nil, bad("truncated")
	}
	body, sum := data[:len(data)-4], binary.LittleEndian.Uint32(data[len(data)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return nil, bad("checksum mismatch: the file is truncated or damaged")
	}
	p = body[len(modelMagic)+4:]
	m := &Model{bits: p[0]}
	p = p[1:]
	if m.bits < 4 || m.bits > maxHashBits {
		return nil, bad("hash bits %d out of range", m.bits)
	}
	uv := func() (uint64, bool) {
		v, n := binary.Uvarint(p)
		if n <= 0 {
			return 0, false
		}
		p = p[n:]
		return v, true
	}
	sv := func() (int64, bool) {
		v, n := binary.Varint(p)
		if n <= 0 {
			return 0, false
		}
		p = p[n:]
		return v, true
	}
	var hdr [3]uint64
	for i := range hdr {
		v, ok := uv()
		if !ok || v > 1<<40 {
			return nil, bad("bad header")
		}
		hdr[i] = v
	}
	m.info = ModelInfo{Sentences: int(hdr[0]), Tokens: int(hdr[1]), Epochs: int(hdr[2]), HashBits: int(m.bits)}
	for i := range m.trans {
		for l := range nLabels {
			v, ok := sv()
			if !ok || v < -1<<31 || v >= 1<<31 {
				return nil, bad("bad transition weights")
			}
			m.trans[i][l] = int32(v)
		}
	}
	rows := 1 << m.bits
	nz, ok := uv()
	if !ok || nz > uint64(rows) {
		return nil, bad("bad row count")
	}
	m.rows = make([]int16, 0, nz*labelPad)
	row := -1
	var w [nLabels]int16
	for range nz {
		d, ok := uv()
		if !ok || d == 0 || d > uint64(rows) || row+int(d) >= rows {
			return nil, bad("bad row index")
		}
		row += int(d)
		for l := range nLabels {
			v, ok := sv()
			if !ok || v < -1<<15 || v >= 1<<15 {
				return nil, bad("bad weight in row %d", row)
			}
			w[l] = int16(v)
		}
		m.keepRow(row, w[:])
	}
	m.countRows()
	nv, ok := uv()
	if !ok || nv > uint64(len(p)) {
		return nil, bad("bad vocabulary size")
	}
	m.vocab = make([][]byte, 0, nv)
	for range nv {
		n, ok := uv()
		if !ok || n == 0 || n > maxFold || n > uint64(len(p)) {
			return nil, bad("bad vocabulary word")
		}
		m.vocab = append(m.vocab, p[:n:n])
		p = p[n:]
	}
	if len(p) != 0 {
		return nil, bad("%d unexpected bytes after the vocabulary", len(p))
	}
	m.info.Nonzero = int(nz)
	return m, nil
}
