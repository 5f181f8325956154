package arnews

import "github.com/arnews/arnews/entities"

// WithModel makes the Analyzer's gazetteer (the one WithGazetteer gave
// before this option, or entities.Default()) recognize names with m; see
// entities.Gazetteer.WithModel. WithModel(nil) finds entities by lookup
// alone. Options apply in order: give WithGazetteer first.
func WithModel(m *entities.Model) Option {
	return func(c *config) error {
		g := c.gazetteer
		if g == nil {
			g = entities.Default()
		}
		c.gazetteer = g.WithModel(m)
		return nil
	}
}
