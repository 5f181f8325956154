package entities

import (
	"bytes"
	"strings"
	"testing"
)

// Sentences in ANERcorp's format, written for this test.
const soupCoNLL = `قال O
الرئيس O
فرانسوا B-PERS
هولاند I-PERS
في O
باريس B-LOC
. O

وأعلنت O
شركة O
توتال B-ORG
أن O
مديرها O
باتريك B-PERS
بويانيه I-PERS
سيزور O
الجزائر B-LOC
. O

واستقبل O
الوزير O
كريم B-PERS
العلوي I-PERS
وفدا O
من O
بنك B-ORG
التنمية I-ORG
في O
تونس B-LOC
. O

وقالت O
المتحدثة O
سلمى B-PERS
ناصر I-PERS
إن O
مجلس B-ORG
الأمن I-ORG
سيجتمع O
في O
نيويورك B-LOC
. O
`

func modelBytes(t *testing.T, m *Model) []byte {
	t.Helper()
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestEnsemble checks that Ensemble(k) is the average of the k models
// TrainSeed would give with consecutive seeds, whatever order the
// members finish in, and that the average is a model that works.
func TestEnsemble(t *testing.T) {
	train := func(opts ...TrainOption) *Model {
		m, err := TrainModel(strings.NewReader(soupCoNLL), append([]TrainOption{Epochs(4), HashBits(12)}, opts...)...)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	var members []*Model
	for s := uint64(5); s < 8; s++ {
		members = append(members, train(TrainSeed(s)))
	}
	if bytes.Equal(modelBytes(t, members[0]), modelBytes(t, members[1])) {
		t.Fatal("seeds 5 and 6 gave the same model: the test cannot tell a soup from a member")
	}
	soup := modelBytes(t, train(TrainSeed(5), Ensemble(3)))
	if again := modelBytes(t, train(TrainSeed(5), Ensemble(3))); !bytes.Equal(soup, again) {
		t.Fatal("Ensemble(3) gave two different models from the same data and options")
	}
	if want := modelBytes(t, soupModels(members)); !bytes.Equal(soup, want) {
		t.Fatal("Ensemble(3) with seed 5 is not the average of the models of seeds 5, 6 and 7")
	}
	if bytes.Equal(soup, modelBytes(t, members[0])) {
		t.Fatal("the average is the first member")
	}
	if one := modelBytes(t, train(TrainSeed(5), Ensemble(1))); !bytes.Equal(one, modelBytes(t, members[0])) {
		t.Fatal("Ensemble(1) is not the plain model")
	}
	// Each weight of the average lies between the members' weights.
	avg := soupModels(members)
	for r := range 1 << avg.bits {
		for l := range nLabels {
			lo, hi := int16(1<<15-1), int16(-1<<15)
			for _, m := range members {
				w := m.weight(uint64(r), l)
				lo, hi = min(lo, w), max(hi, w)
			}
			if w := avg.weight(uint64(r), l); w < lo || w > hi {
				t.Fatalf("row %d label %d: average %d outside the members' %d..%d", r, l, w, lo, hi)
			}
		}
	}
	m, err := LoadModel(bytes.NewReader(soup))
	if err != nil {
		t.Fatal(err)
	}
	var have []string
	for _, x := range Default().WithModel(m).Find("واستقبل الوزير كريم العلوي وفدا من بنك التنمية في تونس") {
		have = append(have, x.Text+"/"+x.Type.String())
	}
	if want := "كريم العلوي/person بنك التنمية/organization تونس/place"; strings.Join(have, " ") != want {
		t.Errorf("the average finds %v, want %s", have, want)
	}
}
