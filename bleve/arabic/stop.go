package arabic

import (
	"strings"

	"github.com/arnews/arnews/normalize"
)

// stopWords are the function words StopFilter drops, in their
// normalize.Search form: prepositions, conjunctions, particles, pronouns
// and demonstratives, relative pronouns, and the forms of كان, alone and
// with an attached و. They carry no topic, and a query written as a
// headline is full of them.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		في من إلى على عن أن إن أو أم ما لا لم لن قد كل بعض غير
		هذا هذه ذلك تلك هؤلاء أولئك هنا هناك
		التي الذي الذين اللذين اللتين اللواتي اللاتي
		بين بعد قبل مع عند حتى منذ خلال لدى نحو عبر دون ضد حول
		كان كانت كانوا يكون تكون ليس ليست
		ثم إذا إذ لكن لأن أنه أنها أنهم إلا أما أي أيضا حيث كما فيما بينما مثل
		هو هي هم هن نحن أنا أنت
		له لها لهم به بها بهم فيه فيها منه منها عليه عليها إليه إليها عنه عنها
		و ف ب ل ك يا
		وفي ومن وإلى وعلى وعن وأن وإن وما ولا ولم ولن وقد وكل وهذا وهذه وذلك
		والتي والذي وبين وبعد وقبل ومع وهو وهي وهم وكان وكانت ثم وثم`) {
		m[normalize.Search.String(w)] = true
	}
	return m
}()
