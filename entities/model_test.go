package entities_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/arnews/arnews/entities"
)

// A few sentences in ANERcorp's format, written for these tests.
const tinyCoNLL = `قال O
الرئيس O
فرانسوا B-PERS
هولاند I-PERS
في O
باريس B-LOC
. O

وأعلنت O
شركة O
توتال B-ORG
أمس O
أن O
مديرها O
باتريك B-PERS
بويانيه I-PERS
سيزور O
الجزائر B-LOC
. O
`

func TestTrainDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	for _, buf := range []*bytes.Buffer{&a, &b} {
		m, err := entities.TrainModel(strings.NewReader(tinyCoNLL), entities.Epochs(3), entities.HashBits(12))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := m.WriteTo(buf); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("the same data and options gave two different models")
	}
	m, err := entities.LoadModel(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var c bytes.Buffer
	if _, err := m.WriteTo(&c); err != nil || !bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Fatalf("a loaded model writes other bytes (%v)", err)
	}
	// Trained on it, the model finds the names of its training text.
	ms := entities.Default().WithModel(m).Find("وأعلنت شركة توتال أمس أن مديرها باتريك بويانيه سيزور الجزائر")
	var have []string
	for _, x := range ms {
		have = append(have, x.Text+"/"+x.Type.String())
	}
	if want := "توتال/organization باتريك بويانيه/person الجزائر/place"; strings.Join(have, " ") != want {
		t.Errorf("got %v, want %s", have, want)
	}
}

func TestTrainErrors(t *testing.T) {
	for _, c := range []struct {
		data string
		line int
	}{
		{"كلمة B-PERS\nكلمتان بلا وسم زائد B-XYZ\n", 2},
		{"كلمة O\n\nكلمة B-XYZ\n", 3},
		{"كلمة\n", 1},
		{"كلمة O\nكلمة O O\n", 2},
		{"كلمة O\n\xff O\n", 2},
		{"كلمة X-PERS\n", 1},
	} {
		_, err := entities.TrainModel(strings.NewReader(c.data))
		var pe *entities.ParseError
		if !errors.As(err, &pe) || pe.Line != c.line {
			t.Errorf("%q: error %v, want one on line %d", c.data, err, c.line)
		}
	}
	if _, err := entities.TrainModel(strings.NewReader("\n\n")); err == nil {
		t.Error("no error for data without sentences")
	}
}

func TestLoadModelErrors(t *testing.T) {
	var buf bytes.Buffer
	if _, err := entities.DefaultModel().WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	future := append([]byte(nil), good...)
	future[len("arnews-ner\x00")] = 99
	feat := append([]byte(nil), good...)
	feat[len("arnews-ner\x00")+2] = 99
	flip := append([]byte(nil), good...)
	flip[len(flip)/2] ^= 0x55
	for _, c := range []struct {
		name, want string
		data       []byte
	}{
		{"empty", "wrong magic", nil},
		{"foreign", "wrong magic", []byte("PK\x03\x04 a zip file, not a model")},
		{"truncated", "checksum", good[:len(good)/3]},
		{"header only", "truncated", good[:len("arnews-ner\x00")+3]},
		{"future version", "newer", future},
		{"other features", "feature set", feat},
		{"damaged", "checksum", flip},
	} {
		_, err := entities.LoadModel(bytes.NewReader(c.data))
		if err == nil || !errors.Is(err, entities.ErrModelFormat) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want ErrModelFormat saying %q", c.name, err, c.want)
		}
	}
}

// TestRecognized: an unknown name gets a made entity, the same for every
// mention of it, that no gazetteer ID can clash with; a known name keeps
// its gazetteer entity.
func TestRecognized(t *testing.T) {
	text := "قال المدرب الألماني يوآخيم شتراوبل إن فريقه سيواجه ليفربول. وأضاف شتراوبل أن اللاعبين جاهزون، وقال يوآخيم شتراوبل للصحفيين إن الرئيس الفرنسي إيمانويل ماكرون سيحضر."
	ms := entities.Default().Find(text)
	byText := map[string]*entities.Entity{}
	for _, m := range ms {
		if prev, ok := byText[m.Text]; ok && prev != m.Entity {
			t.Errorf("%s: two entities", m.Text)
		}
		byText[m.Text] = m.Entity
	}
	e := byText["يوآخيم شتراوبل"]
	if e == nil || !e.Recognized() || !strings.HasPrefix(e.ID, entities.RecognizedPrefix) || e.Type != entities.Person {
		t.Fatalf("يوآخيم شتراوبل: %+v (mentions %v)", e, ms)
	}
	if byText["شتراوبل"] != e {
		t.Errorf("the surname alone after the full name is not the same entity: %+v", byText["شتراوبل"])
	}
	if m := byText["إيمانويل ماكرون"]; m == nil || m.Recognized() || m.ID != "p-emmanuel-macron" {
		t.Errorf("ماكرون: %+v", m)
	}
	if _, ok := entities.Default().Entity(e.ID); ok {
		t.Error("a made entity is in the gazetteer")
	}
	for _, m := range entities.Default().WithModel(nil).Find(text) {
		if m.Entity.Recognized() {
			t.Errorf("lookup alone made %+v", m.Entity)
		}
	}
}

func TestEvaluate(t *testing.T) {
	ev, err := entities.Default().Evaluate(strings.NewReader(tinyCoNLL))
	if err != nil {
		t.Fatal(err)
	}
	if ev.Sentences != 2 || ev.Tokens != 18 || ev.All.Gold != 5 || ev.Person.Gold != 2 || ev.Place.Gold != 2 {
		t.Errorf("counts %+v", ev)
	}
	if ev.All.Correct > ev.All.Found || ev.All.Correct > ev.All.Gold {
		t.Errorf("scores %+v", ev.All)
	}
	s := entities.Score{Gold: 4, Found: 2, Correct: 2}
	if s.Precision() != 1 || s.Recall() != 0.5 || fmt.Sprintf("%.3f", s.F1()) != "0.667" {
		t.Errorf("%+v: P %v R %v F1 %v", s, s.Precision(), s.Recall(), s.F1())
	}
}

func FuzzLoadModel(f *testing.F) {
	var buf bytes.Buffer
	m, err := entities.TrainModel(strings.NewReader(tinyCoNLL), entities.HashBits(10))
	if err != nil {
		f.Fatal(err)
	}
	m.WriteTo(&buf)
	f.Add(buf.Bytes())
	f.Add([]byte("arnews-ner\x00\x01\x00\x01\x00"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := entities.LoadModel(bytes.NewReader(data))
		if err != nil {
			if m != nil {
				t.Fatal("model and error")
			}
			return
		}
		// A model that loads works.
		entities.Default().WithModel(m).Find("قال الرئيس فرانسوا هولاند في باريس")
	})
}

func FuzzTrainModel(f *testing.F) {
	f.Add(tinyCoNLL)
	f.Add("كلمة B-PERS\nكلمتان بلا وسم زائد B-XYZ\n")
	f.Add("a O\n\n\nb I-LOC\n-DOCSTART- O\n")
	f.Fuzz(func(t *testing.T, data string) {
		m, err := entities.TrainModel(strings.NewReader(data), entities.Epochs(1), entities.HashBits(10))
		if err != nil {
			if m != nil {
				t.Fatal("model and error")
			}
			return
		}
		entities.Default().WithModel(m).Find(data)
	})
}
