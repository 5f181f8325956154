package arnews

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWritten: a wire stamped on Tuesday that says "today Monday" is
// resolved against Monday; TrustStamp keeps Tuesday. The JSON carries both.
func TestWritten(t *testing.T) {
	text := "أعلنت وزارة الصحة اليوم الاثنين تسجيل 45 إصابة جديدة، بعد 30 إصابة أمس."
	stamp := time.Date(2020, 10, 6, 0, 40, 0, 0, time.FixedZone("+03", 3*3600))
	monday := time.Date(2020, 10, 5, 0, 40, 0, 0, stamp.Location())

	d := Analyze(text, stamp)
	assert.True(t, d.Published.Equal(stamp))
	assert.True(t, d.Written.Equal(monday), "Written = %v", d.Written)
	require.Len(t, d.Dates, 2)
	assert.Equal(t, "أمس", d.Dates[1].Text)
	assert.Equal(t, 4, d.Dates[1].From.Day(), "أمس in a text written on Monday is Sunday")
	assert.Empty(t, d.Dates[0].Warning)

	var j struct{ Published, Written time.Time }
	b, err := json.Marshal(d)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &j))
	assert.True(t, j.Published.Equal(stamp) && j.Written.Equal(monday), "JSON published %v written %v", j.Published, j.Written)

	a, err := New(TrustStamp())
	require.NoError(t, err)
	d = a.Analyze(text, stamp)
	assert.True(t, d.Written.Equal(stamp), "TrustStamp: Written = %v", d.Written)
	require.Len(t, d.Dates, 2)
	assert.Equal(t, 5, d.Dates[1].From.Day(), "TrustStamp: أمس is the day before the stamp")
	assert.NotEmpty(t, d.Dates[0].Warning, "TrustStamp: اليوم الاثنين on a Tuesday disagrees")

	// no evidence: Written is the stamp
	d = Analyze("قال الوزير إن المحادثات ستستمر", stamp)
	assert.True(t, d.Written.Equal(stamp))
}
