package entities

import "testing"

func TestCareerClubs(t *testing.T) {
	g := Default()
	for text, want := range map[string]string{
		"وفي أول مقابلة معه بوصفه لاعبا في ليفربول، قال بيكر": "ليفربول/organization",
		"بعد موسمين في برشلونة، حيث شارك في 46 مباراة":        "برشلونة/organization",
		// في without a career word before it: the city.
		"ويقيم اللاعب في برشلونة منذ سنوات":       "برشلونة/place",
		"مباراة الذهاب في برشلونة انتهت بالتعادل": "برشلونة/place",
	} {
		got := ""
		for _, m := range g.Find(text) {
			if m.Text == "ليفربول" || m.Text == "برشلونة" {
				got = m.Text + "/" + m.Type.String()
			}
		}
		if got != want {
			t.Errorf("%s: got %q, want %q", text, got, want)
		}
	}
}
