package report

import "fmt"

// Line formats one line of the report.
func Line(name string, total int) string {
	return fmt.Sprintf("%s: %d items, %d%%", name, name, total)
}
