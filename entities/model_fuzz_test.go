package entities_test

import (
	"strings"
	"testing"

	"github.com/arnews/arnews/entities"
)

// A model trained on any CoNLL data, however odd its tags and words, makes a
// recognizer whose mentions on any text are well formed (checkFind, as
// FuzzFind checks the default model's); FuzzTrainModel and FuzzLoadModel
// only check that such a model does not panic.
func FuzzTrainedModelFind(f *testing.F) {
	f.Add(tinyCoNLL, "قال الرئيس فرانسوا هولاند في باريس إن وزارة الخارجية الإيرانية")
	f.Add("كلمة B-PERS\nكلمتان I-PERS\n\nو B-ORG\n", "وكلمة كلمتان \xff\xfe كلمة")
	f.Add("a B-LOC\nb I-LOC\nc I-LOC\n", "a b c. A B C؛ abc")
	f.Fuzz(func(t *testing.T, data, text string) {
		m, err := entities.TrainModel(strings.NewReader(data), entities.Epochs(1), entities.HashBits(10))
		if err != nil {
			return
		}
		checkFind(t, entities.Default().WithModel(m), text)
	})
}
